import { DEMO_AGENTS } from "../src/demo/demo-agents";
import { demoPlan } from "../src/demo/demo-seed";
import { as, CommunityHarness, solutionId, startCommunityHarness } from "./harness";

const SOLUTIONS = Array.from({ length: 24 }, (_, i) => solutionId(`demo-${i}`));

let h: CommunityHarness;
beforeAll(async () => {
  h = await startCommunityHarness();
  for (const id of SOLUTIONS) await h.project({ id }, { seedDemoData: true });
});
afterAll(() => h.close());

const snapshot = () =>
  h.rows(
    `SELECT r.id, r.solution_id, r.status, r.rating, r.title, a.agent_sub FROM community.review r
       JOIN community.author a ON a.id = r.author_id ORDER BY r.id`,
  );

test("demo data: published reviews on at least a quarter of the solutions, and a moderation queue", async () => {
  const reviewed = await h.rows<{ n: number }>(
    `SELECT count(DISTINCT solution_id)::int AS n FROM community.review WHERE status = 'PUBLISHED' AND is_demo`,
  );
  expect(reviewed[0].n).toBeGreaterThanOrEqual(SOLUTIONS.length / 4);
  const queue = await h.gql<{ moderationQueue: { edges: { node: { kind: string } }[] } }>(
    `{ moderationQueue(first: 100) { edges { node { kind } } } }`,
    {},
    as.admin,
  );
  const kinds = new Set(queue.data!.moderationQueue.edges.map((e) => e.node.kind));
  expect([...kinds].sort()).toEqual(["OPEN_REPORT", "PENDING_REVIEW"]);
  // Ratings are maintained for the seeded reviews too.
  const [{ n }] = await h.rows<{ n: number }>(`SELECT count(*)::int AS n FROM community.rating_aggregate WHERE count > 0`);
  expect(n).toBe(reviewed[0].n);
});

test("demo data is derived from the solution id and written by pseudonymous demo agents", async () => {
  for (const id of SOLUTIONS) {
    const plan = demoPlan(id);
    const rows = await h.rows<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM community.review WHERE solution_id = $1 GROUP BY status ORDER BY status`,
      [id],
    );
    const expected = [
      ...(plan.pending ? [{ status: "PENDING", n: 1 }] : []),
      ...(plan.published ? [{ status: "PUBLISHED", n: plan.published }] : []),
    ];
    expect(rows).toEqual(expected);
  }
  const subs = new Set(DEMO_AGENTS.map((a) => a.sub));
  for (const r of await snapshot()) expect(subs.has(r.agent_sub as string)).toBe(true);
});

test("replaying the events, even newer versions of them, creates nothing more", async () => {
  const before = await snapshot();
  for (const id of SOLUTIONS) {
    await h.project({ id }, { seedDemoData: true });
    await h.project({ id, version: 2 }, { seedDemoData: true });
  }
  expect(await snapshot()).toEqual(before);
});
