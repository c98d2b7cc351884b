import { devToken, gql, startTestStack, TestStack } from "./harness";

/**
 * The catalogue follows the assessment and community feeds so that listings sort and
 * filter by score and rating in SQL. Checked against the owners of those facts, through
 * the gateway, on the stack as `npm start` runs it (demo data: published assessments).
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
}, 300_000);
afterAll(() => stack?.close());

interface Node {
  id: string;
  name: string;
  assessment: { overallScore: number | null } | null;
  rating: { average: number | null; count: number } | null;
}
interface Page {
  solutions: { totalCount: number; edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const LIST = `query($sort: SolutionSort, $filter: SolutionFilter, $first: Int!, $after: String) {
  solutions(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount
    edges { node { id name assessment { overallScore } rating { average count } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function list(variables: Record<string, unknown>, token?: string): Promise<Page["solutions"]> {
  const r = await gql<Page>(stack.gatewayUrl, LIST, { variables: { first: 50, ...variables }, token });
  expect(r.errors).toBeUndefined();
  return r.data!.solutions;
}

async function all(variables: Record<string, unknown>): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await list({ ...variables, after });
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test("sorting by score follows the published assessments, and minScore keeps exactly the scored solutions", async () => {
  const scored = (await all({ sort: "NAME" })).filter((n) => n.assessment?.overallScore != null);
  expect(scored.length).toBeGreaterThan(20);
  // the projection catches up with the assessment feed (demo assessments are published at start)
  await until(
    () => list({ filter: { minScore: 0 }, first: 1 }),
    (p) => p.totalCount === scored.length,
  );
  const bySort = await all({ sort: "SCORE" });
  const scores = bySort.map((n) => n.assessment?.overallScore ?? null);
  const known = scores.filter((s): s is number => s !== null);
  expect(known.length).toBe(scored.length);
  expect(scores.slice(0, known.length)).toEqual(known); // scored first
  expect(known).toEqual([...known].sort((a, b) => b - a)); // best first
  const threshold = known[Math.floor(known.length / 2)];
  const atLeast = await all({ sort: "SCORE", filter: { minScore: Math.ceil(threshold) } });
  expect(atLeast.map((n) => n.id)).toEqual(
    bySort.filter((n) => (n.assessment?.overallScore ?? -1) >= Math.ceil(threshold)).map((n) => n.id),
  );
});

test("sorting by rating follows the published reviews, a new one included once moderated", async () => {
  const agent = await devToken(stack.base, "agent");
  const admin = await devToken(stack.base, "admin");
  const target = (await list({ sort: "NAME", first: 50 })).edges.map((e) => e.node).find((n) => !n.rating?.count)!;
  expect(target).toBeDefined();
  const created = await gql<{ createReview: { id: string } }>(
    stack.gatewayUrl,
    `mutation($id: ID!, $input: ReviewInput!) { createReview(solutionId: $id, input: $input) { id } }`,
    {
      variables: {
        id: target.id,
        input: {
          rating: 5,
          title: "Excellent outil",
          body: "Déployé dans nos trois directions, très apprécié des agents comme des usagers.",
        },
      },
      token: agent,
    },
  );
  expect(created.errors).toBeUndefined();
  // pending, it counts for nothing yet
  expect((await list({ filter: { minRating: 1 }, first: 50 })).edges.map((e) => e.node.id)).not.toContain(target.id);
  const published = await gql(stack.gatewayUrl, `mutation($id: ID!) { publishReview(id: $id) { id } }`, {
    variables: { id: created.data!.createReview.id },
    token: admin,
  });
  expect(published.errors).toBeUndefined();
  await until(
    () => list({ filter: { minRating: 5 }, first: 50 }),
    (p) => p.edges.some((e) => e.node.id === target.id),
  );

  const bySort = await all({ sort: "RATING" });
  const rated = bySort.filter((n) => n.rating?.count);
  expect(rated.length).toBeGreaterThan(1);
  expect(bySort.slice(0, rated.length)).toEqual(rated); // rated first
  const keys = rated.map((n) => [n.rating!.average!, n.rating!.count] as const);
  expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1])); // best average, then most reviews
  expect(rated.find((n) => n.id === target.id)!.rating).toEqual({ average: 5, count: 1 });
  const atLeast = await all({ sort: "RATING", filter: { minRating: 4 } });
  expect(atLeast.map((n) => n.id)).toEqual(rated.filter((n) => n.rating!.average! >= 4).map((n) => n.id));
});
