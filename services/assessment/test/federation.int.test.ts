import { startAssessmentHarness, AssessmentHarness, as } from "./harness";
import { catalogueSolution, gridCriteria, validAnswer, START, SAVE, SUBMIT, PUBLISH } from "./factories";

let h: AssessmentHarness;
let published: string[];
let unpublished: string;
let draftOnPublished: string;

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Solution {
  id scores { theme label value } assessment { overallScore completeness failedEliminatory } assessmentHistory(first: 5) { id }
  draftAssessment { id answers { criterionCode booleanValue } } } } }`;
const reps = (ids: string[]) => ids.map((id) => ({ __typename: "Solution", id }));
type Entities = { _entities: ({ id: string; scores: unknown[] | null; draftAssessment: { id: string } | null } | null)[] };

/** Publishes an assessment for a solution as its owner and an admin would. */
async function publishAssessment(solutionId: string, answers: object[]) {
  const started = await h.gql<{ startAssessment: { id: string } }>(START, { id: solutionId }, as.supplierA);
  const id = started.data!.startAssessment.id;
  await h.gql(SAVE, { id, v: 1, answers }, as.supplierA);
  await h.gql(SUBMIT, { id, v: 2 }, as.supplierA);
  await h.gql(PUBLISH, { id }, as.admin);
}

beforeAll(async () => {
  h = await startAssessmentHarness();
  published = [];
  for (let i = 0; i < 50; i++) published.push(await catalogueSolution(h, as.supplierA));
  unpublished = await catalogueSolution(h, as.supplierA, { publish: false });
  await h.sync();
  const answers = (await gridCriteria(h)).slice(0, 20).map((c) => validAnswer(c));
  for (const id of published) await publishAssessment(id, answers);
  // An assessment in progress on a published solution, and one on an unpublished solution.
  const draft = await h.gql<{ startAssessment: { id: string } }>(START, { id: published[0] }, as.supplierA);
  draftOnPublished = draft.data!.startAssessment.id;
  await h.gql(SAVE, { id: draftOnPublished, v: 1, answers: [{ criterionCode: "ACC-01", booleanValue: false }] }, as.supplierA);
  await h.gql(START, { id: unpublished }, as.supplierA);
}, 180_000);
afterAll(() => h.close());

test("a forged _entities call cannot read another supplier's draft", async () => {
  for (const who of [as.anonymous, as.agent, as.supplierB]) {
    const r = await h.gql<Entities>(ENTITIES, { r: reps([published[0], unpublished]) }, who);
    expect(r.errors).toBeUndefined();
    // The published solution resolves without its draft; the unpublished one does not resolve at all.
    expect(r.data!._entities[0]).toMatchObject({ id: published[0], draftAssessment: null });
    expect(r.data!._entities[1]).toBeNull();
  }
  const direct = await h.gql(`query($id: ID!) { assessment(id: $id) { id } }`, { id: draftOnPublished }, as.supplierB);
  expect(direct.data).toEqual({ assessment: null });
  for (const who of [as.supplierA, as.admin]) {
    const r = await h.gql<Entities>(ENTITIES, { r: reps([published[0], unpublished]) }, who);
    expect(r.data!._entities[0]!.draftAssessment).toEqual({
      id: draftOnPublished,
      answers: [{ criterionCode: "ACC-01", booleanValue: false }],
    });
    expect(r.data!._entities[1]!.draftAssessment).not.toBeNull();
  }
});

test("published scores are public: anonymous callers read them", async () => {
  const r = await h.gql<Entities>(ENTITIES, { r: reps([published[1]]) });
  expect(r.data!._entities[0]!.scores).toHaveLength(9);
});

test("50 solutions with scores run the same number of SQL statements as 5", async () => {
  const count = async (ids: string[], who = as.supplierA) => {
    h.assessment.queries.reset();
    const r = await h.gql<Entities>(ENTITIES, { r: reps(ids) }, who);
    expect(r.errors).toBeUndefined();
    expect(r.data!._entities.every((e) => e && e.scores && e.scores.length === 9)).toBe(true);
    return h.assessment.queries.count;
  };
  const five = await count(published.slice(0, 5));
  const fifty = await count(published);
  expect(fifty).toBe(five);
  // projection, current assessments, scores, history, drafts, draft answers.
  expect(five).toBeLessThanOrEqual(6);
});
