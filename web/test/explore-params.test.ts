import { decodeOffsetCursor } from "@gouvtech/kit";
import { cursorBeforePage, PAGE_SIZE, readExploreState, setThreshold } from "../src/pages/explore/explore-params";

test("page N's cursor makes the API start at offset (N - 1) × page size", () => {
  expect(cursorBeforePage(1)).toBeNull();
  expect(decodeOffsetCursor(cursorBeforePage(2))).toBe(PAGE_SIZE);
  expect(decodeOffsetCursor(cursorBeforePage(3, 10))).toBe(20);
  expect(decodeOffsetCursor(cursorBeforePage(100, 12))).toBe(1188);
});

test("the URL gives the query: facets, search, page; relevance only with a search", () => {
  const state = readExploreState(new URLSearchParams("q=courrier&distribution=OPEN_SOURCE&centrale=UGAP&centrale=CAIH&page=3"));
  expect(state).toEqual({
    search: "courrier",
    filter: { distributions: ["OPEN_SOURCE"], purchasingCentrals: ["UGAP", "CAIH"] },
    sort: "RELEVANCE",
    sortKey: "pertinence",
    page: 3,
  });
  expect(readExploreState(new URLSearchParams("tri=pertinence")).sort).toBe("NAME");
  expect(readExploreState(new URLSearchParams("tri=toString&page=-4"))).toMatchObject({ sort: "NAME", sortKey: "nom", page: 1 });
  expect(readExploreState(new URLSearchParams("tri=recent")).sort).toBe("RECENT");
});

test("score and rating thresholds: only the offered values reach the query, a change goes back to page 1", () => {
  expect(readExploreState(new URLSearchParams("score_min=70&note_min=4.5")).filter).toEqual({ minScore: 70, minRating: 4.5 });
  expect(readExploreState(new URLSearchParams("score_min=71&note_min=abc")).filter).toEqual({});
  const next = setThreshold(new URLSearchParams("distribution=OPEN_SOURCE&page=3"), "minScore", 85);
  expect(next.toString()).toBe("distribution=OPEN_SOURCE&score_min=85");
  expect(setThreshold(next, "minScore", null).toString()).toBe("distribution=OPEN_SOURCE");
});
