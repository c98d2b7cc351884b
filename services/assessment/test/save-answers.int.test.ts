import { errorCode } from "@gouvtech/kit";
import { startAssessmentHarness, AssessmentHarness, as } from "./harness";
import { catalogueSolution, gridCriteria, validAnswer, START, SAVE, SUBMIT, VERIFY, RETURN } from "./factories";

let h: AssessmentHarness;
let assessmentId: string;

beforeAll(async () => {
  h = await startAssessmentHarness();
  const solutionId = await catalogueSolution(h, as.supplierA, { publish: false });
  await h.sync();
  const r = await h.gql<{ startAssessment: { id: string } }>(START, { id: solutionId }, as.supplierA);
  assessmentId = r.data!.startAssessment.id;
});
afterAll(() => h.close());

const answerCount = async () =>
  (await h.assessment.dataSource.query(`SELECT count(*)::int AS n FROM assessment.answer WHERE assessment_id = $1`, [assessmentId]))[0].n;
const version = async () =>
  (await h.assessment.dataSource.query(`SELECT version FROM assessment.assessment WHERE id = $1`, [assessmentId]))[0].version;

test("one invalid answer among 70 writes nothing and the error names it", async () => {
  const answers = (await gridCriteria(h)).slice(0, 70).map((c) => validAnswer(c));
  const bad = answers.findIndex((a) => a.criterionCode === "ACC-02");
  answers[bad] = { criterionCode: "ACC-02", notApplicable: false, numberValue: 140 };
  const r = await h.gql(SAVE, { id: assessmentId, v: 1, answers }, as.supplierA);
  expect(errorCode(r)).toBe("BAD_USER_INPUT");
  expect(r.errors![0].extensions!.problems).toEqual([{ field: "ACC-02", message: "pourcentage attendu entre 0 et 100" }]);
  expect(r.errors![0].message).toContain("ACC-02");
  expect(await answerCount()).toBe(0);
  expect(await version()).toBe(1);
});

test("every bad answer is named by its criterion code", async () => {
  const answers = [
    { criterionCode: "ACC-01", numberValue: 1 },
    { criterionCode: "ACC-03", notApplicable: true },
    { criterionCode: "DAT-04", choice: "MARS" },
    { criterionCode: "HOS-02", numberValue: 2 },
    { criterionCode: "SUP-06", numberValue: 2.5 },
    { criterionCode: "ZZZ-01", booleanValue: true },
    { criterionCode: "ACC-08", booleanValue: true, evidenceUrl: "javascript:alert(1)", evidenceExpiresOn: "2026-02-30" },
    { criterionCode: "ACC-07", notApplicable: true },
  ];
  const r = await h.gql(SAVE, { id: assessmentId, v: 1, answers }, as.supplierA);
  expect(errorCode(r)).toBe("BAD_USER_INPUT");
  const fields = (r.errors![0].extensions!.problems as { field: string }[]).map((p) => p.field);
  expect(fields).toEqual(["ACC-01", "ACC-03", "DAT-04", "HOS-02", "SUP-06", "ZZZ-01", "ACC-08", "ACC-08"]);
  expect(await answerCount()).toBe(0);
});

test("more than 100 answers in one call is refused", async () => {
  const answers = Array.from({ length: 101 }, () => ({ criterionCode: "ACC-01", booleanValue: true }));
  const r = await h.gql(SAVE, { id: assessmentId, v: 1, answers }, as.supplierA);
  expect(errorCode(r)).toBe("BAD_USER_INPUT");
  expect(await answerCount()).toBe(0);
});

test("two concurrent saves with the same expected version: exactly one wins", async () => {
  const criteria = await gridCriteria(h);
  const first = criteria.slice(0, 30).map((c) => validAnswer(c));
  const second = criteria.slice(30, 60).map((c) => validAnswer(c, true));
  const results = await Promise.all([
    h.gql(SAVE, { id: assessmentId, v: 1, answers: first }, as.supplierA),
    h.gql(SAVE, { id: assessmentId, v: 1, answers: second }, as.supplierA),
  ]);
  const codes = results.map((r) => errorCode(r) ?? "OK").sort();
  expect(codes).toEqual(["CONFLICT", "OK"]);
  const winner = results.find((r) => !r.errors)!;
  expect(winner.data).toMatchObject({ saveAnswers: { version: 2 } });
  expect(await answerCount()).toBe(30);
  expect(await version()).toBe(2);
  const written: { criterion_code: string }[] = await h.assessment.dataSource.query(
    `SELECT criterion_code FROM assessment.answer WHERE assessment_id = $1 ORDER BY criterion_code`,
    [assessmentId],
  );
  const won = results[0].errors ? second : first;
  expect(written.map((w) => w.criterion_code)).toEqual(won.map((a) => a.criterionCode).sort());
});

test("a verification survives a save that keeps the answer and is lost when the answer changes", async () => {
  const answers = [
    { criterionCode: "ACC-01", booleanValue: true, evidenceUrl: "https://preuves.example/declaration" },
    { criterionCode: "ACC-03", booleanValue: true },
  ];
  const v = await version();
  expect((await h.gql(SAVE, { id: assessmentId, v, answers }, as.supplierA)).errors).toBeUndefined();
  expect((await h.gql(SUBMIT, { id: assessmentId, v: v + 1 }, as.supplierA)).errors).toBeUndefined();
  for (const code of ["ACC-01", "ACC-03"]) expect((await h.gql(VERIFY, { id: assessmentId, code }, as.admin)).errors).toBeUndefined();
  expect((await h.gql(RETURN, { id: assessmentId, reason: "Précisez ACC-03" }, as.admin)).errors).toBeUndefined();
  const changed = [answers[0], { criterionCode: "ACC-03", booleanValue: false }];
  const r = await h.gql<{ saveAnswers: { status: string } }>(
    SAVE,
    { id: assessmentId, v: await version(), answers: changed },
    as.supplierA,
  );
  expect(r.data!.saveAnswers.status).toBe("RETURNED");
  const levels = await h.gql<{ assessment: { answers: { criterionCode: string; evidenceLevel: string }[] } }>(
    `query($id: ID!) { assessment(id: $id) { answers { criterionCode evidenceLevel } } }`,
    { id: assessmentId },
    as.supplierA,
  );
  const level = (code: string) => levels.data!.assessment.answers.find((a) => a.criterionCode === code)!.evidenceLevel;
  expect([level("ACC-01"), level("ACC-03")]).toEqual(["VERIFIED", "DECLARED"]);
});

test("an answer with neither value nor « non applicable » clears it, in the same versioned write", async () => {
  const comments = async () =>
    (
      await h.assessment.dataSource.query(
        `SELECT criterion_code, comment FROM assessment.answer WHERE assessment_id = $1 AND criterion_code = ANY($2) ORDER BY 1`,
        [assessmentId, ["ACC-03", "ACC-07"]],
      )
    ).map((r: { criterion_code: string; comment: string | null }) => [r.criterion_code, r.comment]);
  const saved = [
    { criterionCode: "ACC-03", booleanValue: true, comment: "Audit RGAA prévu au prochain semestre" },
    { criterionCode: "ACC-07", notApplicable: true, comment: "Pas de contenu vidéo" },
  ];
  const v = await version();
  expect((await h.gql(SAVE, { id: assessmentId, v, answers: saved }, as.supplierA)).errors).toBeUndefined();
  expect(await comments()).toEqual([
    ["ACC-03", "Audit RGAA prévu au prochain semestre"],
    ["ACC-07", "Pas de contenu vidéo"],
  ]);
  const before = await answerCount();

  // A clear that carries a proof or a comment is refused, and nothing is written.
  const refused = await h.gql(SAVE, { id: assessmentId, v: v + 1, answers: [{ criterionCode: "ACC-03", comment: "x" }] }, as.supplierA);
  expect(errorCode(refused)).toBe("BAD_USER_INPUT");
  expect((refused.errors![0].extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual(["ACC-03"]);
  // A clear with a stale version is a CONFLICT, and the answer stays.
  const stale = await h.gql(SAVE, { id: assessmentId, v, answers: [{ criterionCode: "ACC-03" }] }, as.supplierA);
  expect(errorCode(stale)).toBe("CONFLICT");
  expect(await answerCount()).toBe(before);
  expect(await version()).toBe(v + 1);

  const cleared = await h.gql<{ saveAnswers: { version: number } }>(
    SAVE,
    {
      id: assessmentId,
      v: v + 1,
      answers: [{ criterionCode: "ACC-03" }, { criterionCode: "ACC-07", notApplicable: true, comment: "Pas de contenu vidéo" }],
    },
    as.supplierA,
  );
  expect(cleared.errors).toBeUndefined();
  expect(cleared.data!.saveAnswers.version).toBe(v + 2);
  expect(await version()).toBe(v + 2);
  expect(await answerCount()).toBe(before - 1);
  expect(await comments()).toEqual([["ACC-07", "Pas de contenu vidéo"]]);
});
