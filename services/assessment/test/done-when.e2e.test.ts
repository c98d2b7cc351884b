import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_SUPPLIERS } from "@gouvtech/kit";
import { composeSupergraph } from "../../../gateway/src/composition/compose-supergraph";
import { codeOf, devToken, gql, startTestStack, TestStack } from "../../../gateway/test/harness";
import { ROOT_DIR } from "../../../stack/src/start-stack";

/**
 * The "done when", through the gateway on the embedded default: a seeded supplier
 * fills all 72 answers of one of its solutions, submits, an admin publishes, and one
 * request returns the solution with its computed scores; demo scores show from the start.
 */
let stack: TestStack;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gouvtech-supergraph-"));
  const supergraphFile = join(dir, "supergraph.graphql");
  writeFileSync(supergraphFile, composeSupergraph(ROOT_DIR).supergraphSdl);
  stack = await startTestStack({ gatewayEnv: { SUPERGRAPH_FILE: supergraphFile } });
}, 600_000);
afterAll(async () => {
  await stack?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Criterion = {
  code: string;
  answerType: string;
  options: { code: string; score: number }[] | null;
  levels: { value: number }[] | null;
};

function bestAnswer(c: Criterion) {
  const base = { criterionCode: c.code };
  if (c.answerType === "YES_NO") return { ...base, booleanValue: true };
  if (c.answerType === "CHOICE") return { ...base, choice: [...c.options!].sort((a, b) => b.score - a.score)[0].code };
  if (c.answerType === "LEVEL") return { ...base, numberValue: Math.max(...c.levels!.map((l) => l.value)) };
  return { ...base, numberValue: c.answerType === "PERCENT" ? 100 : 500 };
}

/** The assessment subgraph learns of catalogue solutions from its feed, a moment after they exist. */
async function untilProjected<T>(attempt: () => Promise<T & { errors?: unknown[] }>, code: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const r = await attempt();
    if (codeOf(r as never) !== code) return r;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the assessment subgraph never learnt of the solution");
}

test("a supplier fills 72 answers, an admin publishes, and one request returns the scores", async () => {
  const supplier = DEMO_SUPPLIERS[0];
  const supplierToken = await devToken(stack.base, `supplier-${supplier.key}`);
  const adminToken = await devToken(stack.base, "admin");
  const mine = await gql<{ mySolutions: { edges: { node: { id: string; slug: string; status: string } }[] } }>(
    stack.gatewayUrl,
    `{ mySolutions(first: 100) { edges { node { id slug status } } } }`,
    { token: supplierToken },
  );
  expect(mine.errors).toBeUndefined();
  const solution = mine.data!.mySolutions.edges.map((e) => e.node).find((s) => s.status === "PUBLISHED")!;

  const grid = await gql<{ assessmentGrid: { themes: { criteria: Criterion[] }[] } }>(
    stack.gatewayUrl,
    `{ assessmentGrid { themes { criteria { code answerType options { code score } levels { value } } } } }`,
  );
  const answers = grid.data!.assessmentGrid.themes.flatMap((t) => t.criteria).map(bestAnswer);
  expect(answers).toHaveLength(72);

  const started = await untilProjected(
    () =>
      gql<{ startAssessment: { id: string; version: number } }>(
        stack.gatewayUrl,
        `mutation($id: ID!) { startAssessment(solutionId: $id) { id version } }`,
        { token: supplierToken, variables: { id: solution.id } },
      ),
    "NOT_FOUND",
  );
  expect(started.errors).toBeUndefined();
  const id = started.data!.startAssessment.id;
  const saved = await gql(
    stack.gatewayUrl,
    `mutation($id: ID!, $answers: [AnswerInput!]!) { saveAnswers(assessmentId: $id, expectedVersion: 1, answers: $answers) { version } }`,
    { token: supplierToken, variables: { id, answers } },
  );
  expect(saved.errors).toBeUndefined();
  const submitted = await gql(
    stack.gatewayUrl,
    `mutation($id: ID!) { submitAssessment(assessmentId: $id, expectedVersion: 2) { status } }`,
    {
      token: supplierToken,
      variables: { id },
    },
  );
  expect(submitted.data).toEqual({ submitAssessment: { status: "SUBMITTED" } });
  const published = await gql(stack.gatewayUrl, `mutation($id: ID!) { publishAssessment(assessmentId: $id) { status } }`, {
    token: adminToken,
    variables: { id },
  });
  expect(published.data).toEqual({ publishAssessment: { status: "PUBLISHED" } });

  const r = await gql<{ solution: { name: string; scores: { theme: string; value: number }[]; assessment: { completeness: number } } }>(
    stack.gatewayUrl,
    `query($slug: String!) { solution(slug: $slug) { name scores { theme value } assessment { completeness } } }`,
    { variables: { slug: solution.slug } },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.solution.scores.map((s) => s.theme)).toEqual(["ACC", "SEC", "ECO", "DAT", "OSS", "INT", "HOS", "SUP", "INN"]);
  expect(r.data!.solution.scores.every((s) => s.value === 100)).toBe(true);
  expect(r.data!.solution.assessment.completeness).toBe(100);
});

test("the demo seed shows published scores for a good share of the catalogue", async () => {
  const query = `{ solutions(first: 100) { edges { node { name scores { value } } } } }`;
  let share = 0;
  for (let i = 0; i < 100 && share < 0.5; i++) {
    const r = await gql<{ solutions: { edges: { node: { scores: unknown[] | null } }[] } }>(stack.gatewayUrl, query);
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.solutions.edges.map((e) => e.node);
    share = nodes.filter((n) => n.scores?.length === 9).length / nodes.length;
    if (share < 0.5) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(share).toBeGreaterThanOrEqual(0.5);
});
