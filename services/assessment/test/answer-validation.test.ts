import { validateAnswers } from "../src/modules/assessment/answer.validation";
import { evidenceLevel } from "../src/modules/assessment/evidence-level";
import { demoAnswers } from "../src/modules/demo/demo-answers";
import { Criterion } from "../src/modules/grid/grid.entity";
import { readGridFiles } from "../src/modules/grid/grid.seed";
import { AnswerType } from "../src/modules/grid/grid.model";

/** The committed grid as the service holds it (levels defaulted like the seed does). */
const [file] = readGridFiles();
const criteria: Criterion[] = file.themes.flatMap((t, ti) =>
  t.criteria.map((c, i) =>
    Object.assign(new Criterion(), {
      gridVersion: 1,
      code: c.code,
      themeCode: t.code,
      position: ti * 100 + i,
      label: c.label,
      help: c.help,
      answerType: c.type as AnswerType,
      naAllowed: c.naAllowed,
      weight: c.weight,
      eliminatory: c.eliminatory,
      reference: c.reference ?? null,
      options: c.options ?? null,
      levels: c.type === "LEVEL" ? (c.levels ?? file.defaultLevels) : null,
      thresholds: c.thresholds ?? null,
    }),
  ),
);
const byCode = new Map(criteria.map((c) => [c.code, c]));
const fields = (inputs: Parameters<typeof validateAnswers>[1]) => validateAnswers(byCode, inputs).problems.map((p) => p.field);

test("valid answers of every type pass and are normalised", () => {
  const { rows, problems } = validateAnswers(byCode, [
    { criterionCode: "ACC-01", notApplicable: false, booleanValue: true, evidenceUrl: " https://a.example/p.pdf ", comment: "  " },
    { criterionCode: "ACC-02", notApplicable: false, numberValue: 87.5 },
    { criterionCode: "HOS-02", notApplicable: false, numberValue: 3 },
    { criterionCode: "DAT-04", notApplicable: false, choice: "EU" },
    { criterionCode: "SUP-06", notApplicable: false, numberValue: 12, evidenceExpiresOn: "2027-06-30" },
    { criterionCode: "ACC-07", notApplicable: true },
  ]);
  expect(problems).toEqual([]);
  expect(rows[0]).toMatchObject({ evidenceUrl: "https://a.example/p.pdf", comment: null });
  expect(rows[5]).toMatchObject({ notApplicable: true, numberValue: null });
});

test("each wrong answer is named by its criterion code", () => {
  expect(fields([{ criterionCode: "ACC-01", notApplicable: false, numberValue: 1 }])).toEqual(["ACC-01"]);
  expect(fields([{ criterionCode: "ACC-01", notApplicable: true }])).toEqual(["ACC-01"]);
  expect(fields([{ criterionCode: "ACC-07", notApplicable: true, numberValue: 2 }])).toEqual(["ACC-07"]);
  expect(fields([{ criterionCode: "HOS-02", notApplicable: false, numberValue: 2 }])).toEqual(["HOS-02"]);
  expect(fields([{ criterionCode: "ACC-02", notApplicable: false, numberValue: -1 }])).toEqual(["ACC-02"]);
  expect(fields([{ criterionCode: "SUP-06", notApplicable: false, numberValue: 1.5 }])).toEqual(["SUP-06"]);
  expect(fields([{ criterionCode: "DAT-04", notApplicable: false, choice: "MARS" }])).toEqual(["DAT-04"]);
  expect(fields([{ criterionCode: "ZZZ-01", notApplicable: false, booleanValue: true }])).toEqual(["ZZZ-01"]);
  expect(fields([{ criterionCode: "ACC-08", notApplicable: false, booleanValue: true, evidenceUrl: "ftp://x" }])).toEqual(["ACC-08"]);
  expect(fields([{ criterionCode: "ACC-08", notApplicable: false, booleanValue: true, evidenceExpiresOn: "2026-13-01" }])).toEqual([
    "ACC-08",
  ]);
  expect(
    fields([
      { criterionCode: "ACC-08", notApplicable: false, booleanValue: true },
      { criterionCode: "ACC-08", notApplicable: false, booleanValue: false },
    ]),
  ).toEqual(["ACC-08"]);
  expect(fields([])).toEqual(["answers"]);
});

test("evidence levels: VERIFIED, then EVIDENCED while the proof has not expired, else DECLARED", () => {
  const today = "2026-06-01";
  expect(evidenceLevel({ verifiedAt: new Date(), evidenceUrl: null, evidenceExpiresOn: null }, today)).toBe("VERIFIED");
  expect(evidenceLevel({ verifiedAt: null, evidenceUrl: "https://p.example", evidenceExpiresOn: null }, today)).toBe("EVIDENCED");
  expect(evidenceLevel({ verifiedAt: null, evidenceUrl: "https://p.example", evidenceExpiresOn: "2026-06-01" }, today)).toBe("EVIDENCED");
  expect(evidenceLevel({ verifiedAt: null, evidenceUrl: "https://p.example", evidenceExpiresOn: "2026-05-31" }, today)).toBe("DECLARED");
  expect(evidenceLevel({ verifiedAt: null, evidenceUrl: null, evidenceExpiresOn: null }, today)).toBe("DECLARED");
});

test("demo answers are deterministic and always valid", () => {
  for (const id of ["0b6f3c1e-0000-4000-8000-000000000001", "7a1d2e3f-0000-4000-8000-000000000002"]) {
    const answers = demoAnswers(id, criteria);
    expect(demoAnswers(id, criteria)).toEqual(answers);
    expect(validateAnswers(byCode, answers).problems).toEqual([]);
  }
});

test("an answer with neither value nor « non applicable » is a clear, and carries nothing else", () => {
  const { rows, clears, problems } = validateAnswers(byCode, [
    { criterionCode: "ACC-01", notApplicable: false },
    { criterionCode: "ACC-02", notApplicable: false, numberValue: 50 },
  ]);
  expect(problems).toEqual([]);
  expect(clears).toEqual(["ACC-01"]);
  expect(rows.map((r) => r.criterionCode)).toEqual(["ACC-02"]);
  expect(fields([{ criterionCode: "ACC-01", notApplicable: false, evidenceUrl: "https://a.example/p.pdf" }])).toEqual(["ACC-01"]);
  expect(fields([{ criterionCode: "ACC-01", notApplicable: false, comment: "à compléter" }])).toEqual(["ACC-01"]);
});
