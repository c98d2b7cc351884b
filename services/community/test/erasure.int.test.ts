import { as, CommunityHarness, solutionId, startCommunityHarness } from "./harness";
import { CREATE_REVIEW, FLAG, publishedReview, REPLY, reviewInput } from "./operations";

const S1 = solutionId("erasure-1");
const S2 = solutionId("erasure-2");
const ERASE = `mutation { deleteMyCommunityData { reviewsDeleted flagsDeleted } }`;

let h: CommunityHarness;
beforeAll(async () => {
  h = await startCommunityHarness();
  await h.project({ id: S1 });
  await h.project({ id: S2 });
});
afterAll(() => h.close());

/** Tables of the community schema holding a row whose text contains `needle`. */
async function tablesMentioning(needle: string): Promise<string[]> {
  const tables = await h.rows<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'community' ORDER BY table_name`,
  );
  const found: string[] = [];
  for (const { table_name } of tables) {
    const [{ n }] = await h.rows<{ n: number }>(`SELECT count(*)::int AS n FROM community."${table_name}" t WHERE t::text LIKE $1`, [
      `%${needle}%`,
    ]);
    if (n > 0) found.push(table_name);
  }
  return found;
}

test("erasure deletes the agent's reviews, flags and pseudonym, leaving nothing that points back", async () => {
  const mine = await publishedReview(h, S1, as.agent, { rating: 5, title: "Signé agent un" });
  await h.gql(CREATE_REVIEW, { solutionId: S2, input: reviewInput() }, as.agent);
  const other = await publishedReview(h, S1, as.agent2, { rating: 3 });
  await h.gql(FLAG, { reviewId: other, text: "Hors sujet selon moi." }, as.agent);
  await h.gql(REPLY, { reviewId: mine, text: "Merci beaucoup." }, as.supplierA);
  const [{ id: authorId }] = await h.rows<{ id: string }>(`SELECT id FROM community.author WHERE agent_sub = 'agent-1'`);
  expect(await tablesMentioning(authorId)).toEqual(["author", "review", "review_flag"]);

  expect((await h.gql(ERASE, {}, as.agent)).data).toEqual({ deleteMyCommunityData: { reviewsDeleted: 2, flagsDeleted: 1 } });

  expect(await tablesMentioning(authorId)).toEqual([]);
  expect(await tablesMentioning("agent-1")).toEqual([]);
  expect(await tablesMentioning("Signé agent un")).toEqual([]);
  expect(await h.rows(`SELECT review_id FROM community.review_reply`)).toEqual([]);
  // The other agent's review stays, and the rating no longer counts the erased one.
  expect(await h.rows(`SELECT id, status FROM community.review`)).toEqual([{ id: other, status: "PUBLISHED" }]);
  expect(await h.rows(`SELECT count, average::float8 AS average FROM community.rating_aggregate WHERE solution_id = $1`, [S1])).toEqual([
    { count: 1, average: 3 },
  ]);
  expect((await h.gql(`{ myReviews { totalCount } }`, {}, as.agent)).data).toEqual({ myReviews: { totalCount: 0 } });
  // Erasing twice is harmless.
  expect((await h.gql(ERASE, {}, as.agent)).data).toEqual({ deleteMyCommunityData: { reviewsDeleted: 0, flagsDeleted: 0 } });
});

test("erasure needs a signed-in caller", async () => {
  expect((await h.gql(ERASE, {}, null)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
});
