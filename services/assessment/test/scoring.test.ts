import { answerScore, computeScores, ScoringCriterion, AnswerValue } from "../src/modules/scoring/scoring";

const yesNo = (code: string, themeCode = "T1", extra: Partial<ScoringCriterion> = {}): ScoringCriterion => ({
  code,
  themeCode,
  answerType: "YES_NO",
  weight: 1,
  eliminatory: false,
  ...extra,
});
const level: ScoringCriterion = { code: "L", themeCode: "T1", answerType: "LEVEL", weight: 1, eliminatory: false };
const percent: ScoringCriterion = { code: "P", themeCode: "T1", answerType: "PERCENT", weight: 1, eliminatory: false };
const choice: ScoringCriterion = {
  code: "C",
  themeCode: "T1",
  answerType: "CHOICE",
  weight: 1,
  eliminatory: false,
  options: [
    { code: "FRANCE", score: 1 },
    { code: "EU", score: 0.7 },
    { code: "OUTSIDE_EU", score: 0 },
  ],
};
const number: ScoringCriterion = {
  code: "N",
  themeCode: "T1",
  answerType: "NUMBER",
  weight: 1,
  eliminatory: false,
  thresholds: [
    { min: 0, score: 0 },
    { min: 1, score: 0.25 },
    { min: 5, score: 0.5 },
    { min: 50, score: 1 },
  ],
};
const a = (criterionCode: string, v: Partial<AnswerValue> = {}): AnswerValue => ({ criterionCode, notApplicable: false, ...v });
const themes = [
  { code: "T1", label: "Thème 1" },
  { code: "T2", label: "Thème 2" },
];

describe("answerScore maps each answer type to 0..1", () => {
  test("YES_NO: yes 1, no 0", () => {
    expect(answerScore(yesNo("Y"), a("Y", { booleanValue: true }))).toBe(1);
    expect(answerScore(yesNo("Y"), a("Y", { booleanValue: false }))).toBe(0);
    expect(answerScore(yesNo("Y"), a("Y", { numberValue: 1 }))).toBeUndefined();
  });
  test("LEVEL: n / 3", () => {
    expect([0, 1, 2, 3].map((n) => answerScore(level, a("L", { numberValue: n })))).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(answerScore(level, a("L", { numberValue: 4 }))).toBeUndefined();
    expect(answerScore(level, a("L", { numberValue: 1.5 }))).toBeUndefined();
  });
  test("PERCENT: n / 100", () => {
    expect(answerScore(percent, a("P", { numberValue: 75 }))).toBe(0.75);
    expect(answerScore(percent, a("P", { numberValue: 0 }))).toBe(0);
    expect(answerScore(percent, a("P", { numberValue: 101 }))).toBeUndefined();
  });
  test("CHOICE: the option's score; an unknown option is no answer", () => {
    expect(answerScore(choice, a("C", { choice: "EU" }))).toBe(0.7);
    expect(answerScore(choice, a("C", { choice: "OUTSIDE_EU" }))).toBe(0);
    expect(answerScore(choice, a("C", { choice: "MARS" }))).toBeUndefined();
  });
  test("NUMBER: the score of the highest threshold reached", () => {
    expect([0, 1, 4, 5, 49, 50, 5000].map((n) => answerScore(number, a("N", { numberValue: n })))).toEqual([0, 0.25, 0.25, 0.5, 0.5, 1, 1]);
  });
  test("NA and missing answers", () => {
    expect(answerScore(level, a("L", { notApplicable: true }))).toBe("NA");
    expect(answerScore(level, undefined)).toBeUndefined();
  });
});

describe("computeScores", () => {
  test("a theme score is the mean of its answers, 0–100; overall is the mean of themes", () => {
    const criteria = [level, percent, choice, number, yesNo("Y2", "T2")];
    const card = computeScores(themes, criteria, [
      a("L", { numberValue: 3 }),
      a("P", { numberValue: 50 }),
      a("C", { choice: "EU" }),
      a("N", { numberValue: 5 }),
      a("Y2", { booleanValue: false }),
    ]);
    // (1 + 0.5 + 0.7 + 0.5) / 4 = 0.675
    expect(card.themes).toEqual([
      { theme: "T1", label: "Thème 1", value: 67.5, applicable: 4, answered: 4 },
      { theme: "T2", label: "Thème 2", value: 0, applicable: 1, answered: 1 },
    ]);
    expect(card.overall).toBe(33.8);
    expect(card.completeness).toBe(100);
  });

  test("weights: a weighted mean over the criteria of the theme", () => {
    const criteria = [yesNo("A", "T1", { weight: 3 }), yesNo("B", "T1", { weight: 1 })];
    const card = computeScores([themes[0]], criteria, [a("A", { booleanValue: true }), a("B", { booleanValue: false })]);
    expect(card.themes[0].value).toBe(75);
  });

  test("NA criteria leave the theme's denominator; a theme where nothing applies has no score", () => {
    const criteria = [yesNo("A"), yesNo("B"), yesNo("C", "T2")];
    const card = computeScores(themes, criteria, [
      a("A", { booleanValue: true }),
      a("B", { notApplicable: true }),
      a("C", { notApplicable: true }),
    ]);
    expect(card.themes[0]).toMatchObject({ value: 100, applicable: 1, answered: 1 });
    expect(card.themes[1]).toMatchObject({ value: null, applicable: 0, answered: 0 });
    expect(card.overall).toBe(100);
    expect(card.completeness).toBe(100);
  });

  test("completeness is answered / applicable; an unanswered criterion counts 0 in its theme", () => {
    const criteria = [yesNo("A"), yesNo("B"), yesNo("C"), yesNo("D", "T1", { weight: 1 })];
    const card = computeScores([themes[0]], criteria, [a("A", { booleanValue: true }), a("D", { notApplicable: true })]);
    expect(card.themes[0]).toMatchObject({ value: 33.3, applicable: 3, answered: 1 });
    expect(card.completeness).toBe(33.3);
  });

  test("eliminatory criteria fail when answered 0 or unanswered, never when NA", () => {
    const criteria = [
      yesNo("E1", "T1", { eliminatory: true }),
      yesNo("E2", "T1", { eliminatory: true }),
      yesNo("E3", "T1", { eliminatory: true }),
      yesNo("E4", "T2", { eliminatory: true }),
    ];
    const card = computeScores(themes, criteria, [
      a("E1", { booleanValue: true }),
      a("E2", { booleanValue: false }),
      a("E4", { notApplicable: true }),
    ]);
    expect(card.failedEliminatory).toEqual(["E2", "E3"]);
  });

  test("no answers at all: zero scores, zero completeness, no overall only when nothing applies", () => {
    const card = computeScores([themes[0]], [yesNo("A")], []);
    expect(card).toEqual({
      themes: [{ theme: "T1", label: "Thème 1", value: 0, applicable: 1, answered: 0 }],
      overall: 0,
      completeness: 0,
      failedEliminatory: [],
    });
    expect(computeScores([themes[0]], [], []).overall).toBeNull();
  });
});
