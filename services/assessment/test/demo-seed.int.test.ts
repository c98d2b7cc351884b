import { startAssessmentHarness, AssessmentHarness, as } from "./harness";
import { catalogueSolution } from "./factories";
import { demoAnswers, hasDemoAssessment } from "../src/modules/demo/demo-answers";

let h: AssessmentHarness;
let demo: string[];
let userMade: string;

/** A solution as the demo seed writes it: flagged is_demo, published. */
async function demoSolution(name: string): Promise<string> {
  const solutions = h.catalogue.services.solutions;
  const s = await solutions.create(as.supplierA, { name, distribution: "PROPRIETARY", deployment: "CLOUD" } as never);
  await solutions.submit(as.supplierA, s.id, s.version);
  await h.catalogue.dataSource.query(`UPDATE catalogue.solution SET is_demo = true WHERE id = $1`, [s.id]);
  await solutions.decide({ sub: "admin-1", role: "ADMIN" }, s.id, "accept", null);
  return s.id;
}

beforeAll(async () => {
  h = await startAssessmentHarness({ seedDemoData: true });
  demo = [];
  for (let i = 0; i < 16; i++) demo.push(await demoSolution(`Démo ${i}`));
  userMade = await catalogueSolution(h, as.supplierA);
  await h.sync();
}, 120_000);
afterAll(() => h.close());

const demoAssessments = () =>
  h.assessment.dataSource.query(
    `SELECT solution_id, status, is_current, overall_score FROM assessment.assessment WHERE is_demo ORDER BY solution_id`,
  );

test("published demo solutions get a published, scored assessment derived from their id", async () => {
  const expected = demo.filter(hasDemoAssessment).sort();
  expect(expected.length).toBeGreaterThan(4);
  const rows = await demoAssessments();
  expect(rows.map((r: { solution_id: string }) => r.solution_id)).toEqual(expected);
  expect(rows.every((r: { status: string; is_current: boolean }) => r.status === "PUBLISHED" && r.is_current)).toBe(true);
  const grid = await h.assessment.services.grids.require(1);
  const stored = await h.assessment.dataSource.query(
    `SELECT x.criterion_code, x.boolean_value, x.number_value, x.choice, x.not_applicable
       FROM assessment.answer x JOIN assessment.assessment a ON a.id = x.assessment_id WHERE a.solution_id = $1 ORDER BY 1`,
    [expected[0]],
  );
  const derived = demoAnswers(expected[0], grid.criteria)
    .map((a) => ({
      criterion_code: a.criterionCode,
      boolean_value: a.booleanValue,
      number_value: a.numberValue,
      choice: a.choice,
      not_applicable: a.notApplicable,
    }))
    .sort((x, y) => x.criterion_code.localeCompare(y.criterion_code));
  expect(stored).toEqual(derived);
  const events = await h.assessment.dataSource.query(
    `SELECT count(*)::int AS n FROM assessment.outbox_event WHERE type = 'AssessmentPublished'`,
  );
  expect(events).toEqual([{ n: expected.length }]);
  const r = await h.gql(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Solution { scores { value } } } }`, {
    r: [{ __typename: "Solution", id: expected[0] }],
  });
  expect((r.data as { _entities: { scores: unknown[] }[] })._entities[0].scores).toHaveLength(9);
});

test("a solution written by a supplier through the referencing workflow gets no demo assessment", async () => {
  const rows = await h.assessment.dataSource.query(`SELECT 1 FROM assessment.assessment WHERE solution_id = $1`, [userMade]);
  expect(rows).toEqual([]);
});

test("seeding is idempotent: a restart replaying the whole feed adds nothing", async () => {
  const before = await demoAssessments();
  await h.restartAssessment({ seedDemoData: true });
  await h.assessment.dataSource.query(`UPDATE assessment.inbox_cursor SET position = '0:0'`);
  expect(await h.sync()).toBeGreaterThan(0);
  expect(await demoAssessments()).toEqual(before);
});
