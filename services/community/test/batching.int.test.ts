import { recomputeRating } from "../src/modules/rating/rating.service";
import { as, CommunityHarness, solutionId, startCommunityHarness, SUPPLIER_A } from "./harness";

const SOLUTIONS = Array.from({ length: 20 }, (_, i) => solutionId(`batching-${i}`));
const QUERY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Solution {
  id rating { average count distribution { count } dimensions { dimension } }
  reviews(first: 3) { totalCount edges { node { title rating reply { body } } } }
} } }`;

interface Entity {
  id: string;
  rating: { count: number };
  reviews: { totalCount: number; edges: { node: { title: string; reply: { body: string } | null } }[] };
}

let h: CommunityHarness;
beforeAll(async () => {
  h = await startCommunityHarness();
  // Fixtures: solution i has i % 6 published reviews (0 to 5), the latest one answered.
  for (const id of SOLUTIONS) await h.project({ id, supplierId: SUPPLIER_A });
  await h.service.dataSource.transaction(async (m) => {
    for (const [i, id] of SOLUTIONS.entries()) {
      for (let k = 0; k < i % 6; k++) {
        await m.query(`INSERT INTO community.author (agent_sub) VALUES ($1) ON CONFLICT DO NOTHING`, [`agent-${k}`]);
        const [{ id: reviewId }] = await m.query(
          `INSERT INTO community.review (solution_id, author_id, administration, rating, title, body, status, published_at)
           SELECT $1, a.id, 'Ville', $2, $3, 'Texte de l''avis, assez long pour passer.', 'PUBLISHED', now() - make_interval(days => $4)
             FROM community.author a WHERE a.agent_sub = $5 RETURNING id`,
          [id, 1 + k, `avis ${i}.${k}`, k, `agent-${k}`],
        );
        if (k === 0)
          await m.query(`INSERT INTO community.review_reply (review_id, supplier_id, body) VALUES ($1, $2, 'Merci')`, [
            reviewId,
            SUPPLIER_A,
          ]);
      }
      if (i % 6) await recomputeRating(m, id);
    }
  });
});
afterAll(() => h.close());

async function run(ids: string[], who = as.agent) {
  h.service.queries.reset();
  const r = await h.gql<{ _entities: Entity[] }>(QUERY, { reps: ids.map((id) => ({ __typename: "Solution", id })) }, who);
  expect(r.errors).toBeUndefined();
  return { entities: r.data!._entities, statements: h.service.queries.count };
}

test("20 solutions with reviews(first: 3) and rating cost the same statements as 2: one per field", async () => {
  const few = await run(SOLUTIONS.slice(0, 2));
  const all = await run(SOLUTIONS);
  expect(all.statements).toBe(few.statements);
  // reviews (top 3 per solution, with totals), replies, ratings.
  expect(all.statements).toBe(3);
  // A supplier adds one statement: the ownership of all 20 solutions.
  expect((await run(SOLUTIONS, as.supplierA)).statements).toBe(4);
});

test("each solution gets its own latest three reviews, total and rating", async () => {
  const { entities } = await run(SOLUTIONS);
  expect(entities.map((e) => e.id)).toEqual(SOLUTIONS);
  for (const [i, e] of entities.entries()) {
    const n = i % 6;
    expect(e.rating.count).toBe(n);
    expect(e.reviews.totalCount).toBe(n);
    expect(e.reviews.edges.map((edge) => edge.node.title)).toEqual(Array.from({ length: Math.min(n, 3) }, (_, k) => `avis ${i}.${k}`));
    expect(e.reviews.edges.map((edge) => edge.node.reply?.body ?? null)).toEqual(
      Array.from({ length: Math.min(n, 3) }, (_, k) => (k === 0 ? "Merci" : null)),
    );
  }
});
