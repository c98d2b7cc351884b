import { EMPTY_ANSWER, editsAfterSave, toAnswerInputs, toFormAnswers, type FormAnswer } from "../src/pages/supplier/assessment-form-state";

const criteria = [
  { code: "ACC-01", answerType: "YES_NO" },
  { code: "ACC-02", answerType: "PERCENT" },
  { code: "ACC-03", answerType: "CHOICE" },
  { code: "ACC-04", answerType: "NUMBER" },
];

const answer = (value: string, evidenceUrl = "", comment = ""): FormAnswer => ({ value, evidenceUrl, comment });

test("saved answers become form values, comments and proofs included", () => {
  expect(
    toFormAnswers([
      { criterionCode: "ACC-01", notApplicable: false, booleanValue: false, evidenceUrl: "https://a.example/p.pdf", comment: "Audit" },
      { criterionCode: "ACC-02", notApplicable: true },
      { criterionCode: "ACC-04", notApplicable: false, numberValue: 0 },
    ]),
  ).toEqual({
    "ACC-01": answer("false", "https://a.example/p.pdf", "Audit"),
    "ACC-02": answer("NA"),
    "ACC-04": answer("0"),
  });
});

test("the form becomes typed inputs; an emptied saved answer is sent as a clear, an unsaved empty one not at all", () => {
  const saved = { "ACC-03": answer("B") };
  const form = {
    "ACC-01": answer("true", " https://a.example/p.pdf ", "  "),
    "ACC-02": answer("NA", "", "Pas de vidéo"),
    "ACC-03": EMPTY_ANSWER,
    "ACC-04": answer("12"),
  };
  expect(toAnswerInputs(criteria, form, saved)).toEqual({
    inputs: [
      { criterionCode: "ACC-01", booleanValue: true, evidenceUrl: "https://a.example/p.pdf", comment: null },
      { criterionCode: "ACC-02", notApplicable: true, evidenceUrl: null, comment: "Pas de vidéo" },
      { criterionCode: "ACC-03" },
      { criterionCode: "ACC-04", numberValue: 12, evidenceUrl: null, comment: null },
    ],
    orphans: [],
  });
  expect(toAnswerInputs(criteria, { "ACC-03": EMPTY_ANSWER }, {}).inputs).toEqual([]);
});

test("a proof or a comment without an answer is reported, not sent", () => {
  const result = toAnswerInputs(criteria, { "ACC-01": answer("", "https://a.example/p.pdf"), "ACC-02": answer("", "", "à voir") }, {});
  expect(result.orphans).toEqual(["ACC-01", "ACC-02"]);
  expect(result.inputs).toEqual([]);
});

test("edits made while a save ran stay; the ones it sent are dropped", () => {
  const sentOne = answer("true");
  const sent = { "ACC-01": sentOne, "ACC-02": answer("10") };
  const laterTwo = answer("20");
  const current = { ...sent, "ACC-02": laterTwo, "ACC-04": answer("3") };
  expect(editsAfterSave(current, sent)).toEqual({ "ACC-02": laterTwo, "ACC-04": answer("3") });
});
