import { randomUUID } from "node:crypto";
import { ASSESSMENT_PUBLISHED, errorCode, OutboxEvent, SOLUTION_RATING_CHANGED } from "@gouvtech/kit";
import { projectAssessmentPublished, projectRatingChanged } from "../src/modules/standing/standing.handlers";
import { CatalogueHarness, startCatalogueHarness } from "./harness";
import { insertSolutions, seedReferential } from "./factories";

let h: CatalogueHarness;
let ids: string[];
beforeAll(async () => {
  h = await startCatalogueHarness();
  await seedReferential(h.service.dataSource);
  ids = await insertSolutions(h.service.dataSource, [{ name: "Alpha" }, { name: "Bravo" }, { name: "Charlie" }, { name: "Delta" }]);
});
afterAll(() => h.close());

let position = 0;
const event = (type: string, payload: unknown): OutboxEvent => ({
  position: `1:${++position}`,
  type,
  aggregateId: String((payload as { solutionId?: string }).solutionId ?? ""),
  payload,
  occurredAt: new Date().toISOString(),
});
const published = (solutionId: string, overall: number | null, publishedAt: string) =>
  event(ASSESSMENT_PUBLISHED, { solutionId, assessmentId: randomUUID(), overall, completeness: 100, publishedAt, gridVersion: 1 });
const rated = (solutionId: string, average: number | null, count: number, version: number) =>
  event(SOLUTION_RATING_CHANGED, { solutionId, average, count, version, distribution: [0, 0, 0, 0, 0] });

const apply = <T>(f: (m: import("typeorm").EntityManager) => Promise<T>) => h.service.dataSource.transaction(f);
const standing = async (solutionId: string) =>
  (
    await h.service.dataSource.query(
      `SELECT overall_score, rating_average, rating_count FROM catalogue.solution_standing WHERE solution_id = $1`,
      [solutionId],
    )
  )[0] as { overall_score: number | null; rating_average: number | null; rating_count: number } | undefined;

const LIST = `query($sort: SolutionSort, $filter: SolutionFilter) {
  solutions(first: 10, sort: $sort, filter: $filter) { totalCount edges { node { name } } }
}`;
const names = async (variables: Record<string, unknown>) => {
  const r = await h.gql<{ solutions: { totalCount: number; edges: { node: { name: string } }[] } }>(LIST, variables);
  expect(r.errors).toBeUndefined();
  return r.data!.solutions.edges.map((e) => e.node.name);
};

test("an assessment's score is kept from the latest publication; replays and late older ones change nothing", async () => {
  const [alpha] = ids;
  expect(await apply((m) => projectAssessmentPublished(m, published(alpha, 62.5, "2026-03-01T10:00:00Z")))).toBe("applied");
  expect(await apply((m) => projectAssessmentPublished(m, published(alpha, 40, "2026-01-01T10:00:00Z")))).toBe("stale");
  expect((await standing(alpha))!.overall_score).toBe(62.5);
  expect(await apply((m) => projectAssessmentPublished(m, published(alpha, 71, "2026-06-01T10:00:00Z")))).toBe("applied");
  expect((await standing(alpha))!.overall_score).toBe(71);
});

test("a rating is kept from its newest version only", async () => {
  const [, bravo] = ids;
  expect(await apply((m) => projectRatingChanged(m, rated(bravo, 4.5, 2, 3)))).toBe("applied");
  expect(await apply((m) => projectRatingChanged(m, rated(bravo, 2, 1, 2)))).toBe("stale");
  expect(await apply((m) => projectRatingChanged(m, rated(bravo, 4.5, 2, 3)))).toBe("stale");
  expect(await standing(bravo)).toEqual({ overall_score: null, rating_average: 4.5, rating_count: 2 });
});

test("a payload breaking the contract is skipped and writes nothing", async () => {
  const [, , charlie] = ids;
  const before = await h.service.dataSource.query(`SELECT count(*)::int AS n FROM catalogue.solution_standing`);
  for (const bad of [
    published(charlie, 140, "2026-03-01T10:00:00Z"),
    published("not-a-uuid", 50, "2026-03-01T10:00:00Z"),
    event(ASSESSMENT_PUBLISHED, { solutionId: charlie }),
  ])
    expect(await apply((m) => projectAssessmentPublished(m, bad))).toBe("invalid");
  for (const bad of [rated(charlie, 7, 1, 1), rated(charlie, 3, -1, 1)])
    expect(await apply((m) => projectRatingChanged(m, bad))).toBe("invalid");
  expect(await h.service.dataSource.query(`SELECT count(*)::int AS n FROM catalogue.solution_standing`)).toEqual(before);
});

test("listings sort by score or rating (unknown last) and filter by a minimum", async () => {
  const [alpha, , charlie] = ids;
  await apply((m) => projectAssessmentPublished(m, published(charlie, 85, "2026-05-01T10:00:00Z")));
  await apply((m) => projectRatingChanged(m, rated(alpha, 3, 4, 1)));
  // Alpha 71, Charlie 85, Bravo and Delta without score
  expect(await names({ sort: "SCORE" })).toEqual(["Charlie", "Alpha", "Bravo", "Delta"]);
  // Bravo 4.5, Alpha 3, the others unrated
  expect(await names({ sort: "RATING" })).toEqual(["Bravo", "Alpha", "Charlie", "Delta"]);
  expect(await names({ sort: "SCORE", filter: { minScore: 80 } })).toEqual(["Charlie"]);
  expect(await names({ sort: "NAME", filter: { minScore: 0 } })).toEqual(["Alpha", "Charlie"]);
  expect(await names({ sort: "NAME", filter: { minRating: 3.5 } })).toEqual(["Bravo"]);
  expect(await names({ sort: "NAME", filter: { minRating: 3, minScore: 50 } })).toEqual(["Alpha"]);
  // two-decimal averages compare exactly: 4.66 is at least 4.66
  await apply((m) => projectRatingChanged(m, rated(charlie, 4.66, 3, 1)));
  expect(await names({ sort: "NAME", filter: { minRating: 4.66 } })).toEqual(["Charlie"]);
  expect(await names({ sort: "NAME", filter: { minRating: 4.67 } })).toEqual([]);
});

test("a minimum out of range is BAD_USER_INPUT", async () => {
  for (const filter of [{ minScore: 101 }, { minScore: -1 }, { minRating: 0.5 }, { minRating: 6 }])
    expect(errorCode(await h.gql(LIST, { filter }))).toBe("BAD_USER_INPUT");
});
