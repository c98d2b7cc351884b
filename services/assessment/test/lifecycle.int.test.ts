import { errorCode, Identity } from "@gouvtech/kit";
import { startAssessmentHarness, AssessmentHarness, as } from "./harness";
import { catalogueSolution, gridCriteria, validAnswer, START, SAVE, SUBMIT, PUBLISH, RETURN, VERIFY } from "./factories";

let h: AssessmentHarness;
let solutionId: string;
let assessmentId: string;

beforeAll(async () => {
  h = await startAssessmentHarness();
  solutionId = await catalogueSolution(h, as.supplierA);
  await h.sync();
});
afterAll(() => h.close());

/** Row state an unauthorized call must leave untouched. */
const snapshot = async () => ({
  assessments: await h.assessment.dataSource.query(
    `SELECT id, status, version, is_current, return_reason FROM assessment.assessment ORDER BY id`,
  ),
  answers: await h.assessment.dataSource.query(`SELECT criterion_code, boolean_value, verified_at FROM assessment.answer ORDER BY 1`),
  events: await h.assessment.dataSource.query(`SELECT count(*)::int AS n FROM assessment.outbox_event`),
});

/** Each caller gets its error code, and no row changes. */
async function expectRefused(query: string, variables: Record<string, unknown>, cases: [Identity | null, string][]) {
  const before = await snapshot();
  for (const [identity, code] of cases) {
    const r = await h.gql(query, variables, identity);
    expect({ who: identity?.sub ?? "anonymous", code: errorCode(r), data: r.data }).toEqual({
      who: identity?.sub ?? "anonymous",
      code,
      data: null,
    });
  }
  expect(await snapshot()).toEqual(before);
}

test("the grid v1 is queryable by anyone: 72 criteria in 9 themes, in French", async () => {
  const r = await h.gql<{ assessmentGrid: { version: number; themes: { code: string; label: string; criteria: { code: string }[] }[] } }>(
    `{ assessmentGrid(version: 1) { version themes { code label criteria { code label answerType naAllowed eliminatory weight } } } }`,
  );
  expect(r.errors).toBeUndefined();
  const themes = r.data!.assessmentGrid.themes;
  expect(themes.map((t) => t.code)).toEqual(["ACC", "SEC", "ECO", "DAT", "OSS", "INT", "HOS", "SUP", "INN"]);
  expect(themes.flatMap((t) => t.criteria).length).toBe(72);
  expect(themes[0].label).toBe("Accessibilité");
  expect((await h.gql(`{ assessmentGrid(version: 99) { version } }`)).data).toEqual({ assessmentGrid: null });
});

test("startAssessment: only a member of the owning supplier may start, once", async () => {
  await expectRefused(START, { id: solutionId }, [
    [as.anonymous, "UNAUTHENTICATED"],
    [as.agent, "FORBIDDEN"],
    [as.supplierB, "FORBIDDEN"],
    [as.admin, "FORBIDDEN"],
  ]);
  const r = await h.gql<{ startAssessment: { id: string; status: string; version: number; gridVersion: number } }>(
    START,
    { id: solutionId },
    as.supplierA,
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.startAssessment).toMatchObject({ status: "DRAFT", version: 1, gridVersion: 1 });
  assessmentId = r.data!.startAssessment.id;
  await expectRefused(START, { id: solutionId }, [[as.supplierA, "CONFLICT"]]);
  await expectRefused(START, { id: "00000000-0000-4000-8000-000000000000" }, [[as.supplierA, "NOT_FOUND"]]);
});

test("saveAnswers: only the owning supplier writes; a stale version is a CONFLICT", async () => {
  const answers = [{ criterionCode: "ACC-01", booleanValue: true }];
  await expectRefused(SAVE, { id: assessmentId, v: 1, answers }, [
    [as.anonymous, "UNAUTHENTICATED"],
    [as.agent, "FORBIDDEN"],
    [as.supplierB, "FORBIDDEN"],
    [as.admin, "FORBIDDEN"],
  ]);
  const ok = await h.gql(SAVE, { id: assessmentId, v: 1, answers }, as.supplierA);
  expect(ok.errors).toBeUndefined();
  expect(ok.data).toMatchObject({ saveAnswers: { version: 2, status: "DRAFT" } });
  await expectRefused(SAVE, { id: assessmentId, v: 1, answers: [{ criterionCode: "ACC-01", booleanValue: false }] }, [
    [as.supplierA, "CONFLICT"],
  ]);
});

test("the owner fills all 72 answers in one call and submits; drafts are hidden from others", async () => {
  const answers = (await gridCriteria(h)).map((c) => validAnswer(c));
  const saved = await h.gql<{ saveAnswers: { version: number; completeness: number } }>(
    SAVE,
    { id: assessmentId, v: 2, answers },
    as.supplierA,
  );
  expect(saved.errors).toBeUndefined();
  expect(saved.data!.saveAnswers).toEqual(expect.objectContaining({ version: 3, completeness: 100 }));
  for (const who of [as.anonymous, as.agent, as.supplierB]) {
    expect((await h.gql(`query($id: ID!) { assessment(id: $id) { id } }`, { id: assessmentId }, who)).data).toEqual({ assessment: null });
  }
  expect((await h.gql(`query($id: ID!) { assessment(id: $id) { id } }`, { id: assessmentId }, as.admin)).data).toEqual({
    assessment: { id: assessmentId },
  });
  await expectRefused(SUBMIT, { id: assessmentId, v: 3 }, [
    [as.anonymous, "UNAUTHENTICATED"],
    [as.agent, "FORBIDDEN"],
    [as.supplierB, "FORBIDDEN"],
    [as.admin, "FORBIDDEN"],
  ]);
  await expectRefused(SUBMIT, { id: assessmentId, v: 2 }, [[as.supplierA, "CONFLICT"]]);
  const submitted = await h.gql(SUBMIT, { id: assessmentId, v: 3 }, as.supplierA);
  expect(submitted.data).toEqual({ submitAssessment: { id: assessmentId, status: "SUBMITTED", version: 4 } });
  await expectRefused(SAVE, { id: assessmentId, v: 4, answers: [{ criterionCode: "ACC-01", booleanValue: false }] }, [
    [as.supplierA, "CONFLICT"],
  ]);
});

test("returnAssessment: admins only, with a reason; the supplier then resubmits", async () => {
  await expectRefused(RETURN, { id: assessmentId, reason: "Preuve manquante" }, [
    [as.anonymous, "UNAUTHENTICATED"],
    [as.agent, "FORBIDDEN"],
    [as.supplierA, "FORBIDDEN"],
    [as.supplierB, "FORBIDDEN"],
  ]);
  await expectRefused(RETURN, { id: assessmentId, reason: "  " }, [[as.admin, "BAD_USER_INPUT"]]);
  const r = await h.gql(RETURN, { id: assessmentId, reason: "Preuve d'audit RGAA manquante" }, as.admin);
  expect(r.data).toEqual({
    returnAssessment: { id: assessmentId, status: "RETURNED", returnReason: "Preuve d'audit RGAA manquante", version: 5 },
  });
  const fixed = await h.gql(
    SAVE,
    { id: assessmentId, v: 5, answers: [{ criterionCode: "ACC-02", numberValue: 100, evidenceUrl: "https://audit.example/rgaa.pdf" }] },
    as.supplierA,
  );
  expect(fixed.errors).toBeUndefined();
  expect((await h.gql(SUBMIT, { id: assessmentId, v: 6 }, as.supplierA)).data).toMatchObject({ submitAssessment: { status: "SUBMITTED" } });
});

test("verifyAnswer: admins only; the answer becomes VERIFIED", async () => {
  await expectRefused(VERIFY, { id: assessmentId, code: "ACC-02" }, [
    [as.anonymous, "UNAUTHENTICATED"],
    [as.agent, "FORBIDDEN"],
    [as.supplierA, "FORBIDDEN"],
    [as.supplierB, "FORBIDDEN"],
  ]);
  await expectRefused(VERIFY, { id: assessmentId, code: "XXX-99" }, [[as.admin, "NOT_FOUND"]]);
  const r = await h.gql(VERIFY, { id: assessmentId, code: "ACC-02" }, as.admin);
  expect(r.data).toEqual({ verifyAnswer: { criterionCode: "ACC-02", evidenceLevel: "VERIFIED" } });
});

test("publishAssessment: admins only; scores are computed, stored, published as an event and shown on the Solution", async () => {
  await expectRefused(PUBLISH, { id: assessmentId }, [
    [as.anonymous, "UNAUTHENTICATED"],
    [as.agent, "FORBIDDEN"],
    [as.supplierA, "FORBIDDEN"],
    [as.supplierB, "FORBIDDEN"],
  ]);
  const r = await h.gql<{ publishAssessment: { scores: { theme: string; value: number }[] } }>(PUBLISH, { id: assessmentId }, as.admin);
  expect(r.errors).toBeUndefined();
  expect(r.data!.publishAssessment).toMatchObject({
    status: "PUBLISHED",
    isCurrent: true,
    overallScore: 100,
    completeness: 100,
    failedEliminatory: [],
  });
  expect(r.data!.publishAssessment.scores).toHaveLength(9);
  await expectRefused(PUBLISH, { id: assessmentId }, [[as.admin, "CONFLICT"]]);

  const stored = await h.assessment.dataSource.query(`SELECT count(*)::int AS n FROM assessment.theme_score WHERE assessment_id = $1`, [
    assessmentId,
  ]);
  expect(stored).toEqual([{ n: 9 }]);
  const events = await h.assessment.dataSource.query(`SELECT type, aggregate_id, payload FROM assessment.outbox_event`);
  expect(events).toEqual([
    expect.objectContaining({
      type: "AssessmentPublished",
      aggregate_id: solutionId,
      payload: expect.objectContaining({ assessmentId, overall: 100 }),
    }),
  ]);

  const viaEntities = await h.gql(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Solution { id scores { theme value } assessment { completeness answers { criterionCode evidenceLevel } } } } }`,
    { r: [{ __typename: "Solution", id: solutionId }] },
    as.anonymous,
  );
  expect(viaEntities.errors).toBeUndefined();
  const solution = (
    viaEntities.data as {
      _entities: {
        scores: { theme: string; value: number }[];
        assessment: { completeness: number; answers: { criterionCode: string; evidenceLevel: string }[] };
      }[];
    }
  )._entities[0];
  expect(solution.scores.map((s) => s.value)).toEqual(Array(9).fill(100));
  expect(solution.assessment.completeness).toBe(100);
  expect(solution.assessment.answers.find((a) => a.criterionCode === "ACC-02")?.evidenceLevel).toBe("VERIFIED");
  expect(solution.assessment.answers.find((a) => a.criterionCode === "ACC-01")?.evidenceLevel).toBe("DECLARED");
});

test("a new publication becomes current and the previous one stays as history", async () => {
  const started = await h.gql<{ startAssessment: { id: string } }>(START, { id: solutionId }, as.supplierA);
  const second = started.data!.startAssessment.id;
  const answers = (await gridCriteria(h)).map((c) => validAnswer(c, true));
  expect((await h.gql(SAVE, { id: second, v: 1, answers }, as.supplierA)).errors).toBeUndefined();
  expect((await h.gql(SUBMIT, { id: second, v: 2 }, as.supplierA)).errors).toBeUndefined();
  const published = await h.gql(PUBLISH, { id: second }, as.admin);
  expect(published.data).toMatchObject({
    // Only HOS-01 scores above 0 at its worst (on premise or cloud: 0.7), so HOS is 7 and the mean 0.8.
    publishAssessment: { overallScore: 0.8, failedEliminatory: ["ACC-01", "SEC-01", "DAT-01", "DAT-05"] },
  });
  const r = await h.gql(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Solution { assessment { id } assessmentHistory { id isCurrent } } } }`,
    { r: [{ __typename: "Solution", id: solutionId }] },
  );
  expect(r.data).toEqual({
    _entities: [
      {
        assessment: { id: second },
        assessmentHistory: [
          { id: second, isCurrent: true },
          { id: assessmentId, isCurrent: false },
        ],
      },
    ],
  });
});
