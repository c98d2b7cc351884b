/**
 * The scoring rule of the assessment grid (criteria-grid.md), pure: no database, no clock.
 *
 * - An answer maps to 0..1: YES_NO → 0/1, LEVEL → n/3, PERCENT → n/100, CHOICE → the
 *   option's score, NUMBER → the score of the highest threshold reached.
 * - A theme score is the weighted mean over the criteria that apply (NA excluded; an
 *   applicable criterion left unanswered counts 0), shown 0–100, like RGAA's
 *   "conformes / applicables". A theme where nothing applies has no score.
 * - The overall score is the mean of the theme scores; completeness is answered /
 *   applicable, 0–100.
 * - An eliminatory criterion fails when it applies and is unanswered or scores 0.
 */

export type ScoredAnswerType = "YES_NO" | "LEVEL" | "PERCENT" | "CHOICE" | "NUMBER";

export interface ScoringCriterion {
  code: string;
  themeCode: string;
  answerType: ScoredAnswerType;
  weight: number;
  eliminatory: boolean;
  options?: { code: string; score: number }[] | null;
  thresholds?: { min: number; score: number }[] | null;
}

export interface ScoringTheme {
  code: string;
  label: string;
}

export interface AnswerValue {
  criterionCode: string;
  notApplicable: boolean;
  booleanValue?: boolean | null;
  numberValue?: number | null;
  choice?: string | null;
}

export interface ThemeResult {
  theme: string;
  label: string;
  /** 0–100, one decimal; null when no criterion of the theme applies. */
  value: number | null;
  applicable: number;
  answered: number;
}

export interface ScoreCard {
  themes: ThemeResult[];
  /** Mean of the theme scores, 0–100; null when no theme has a score. */
  overall: number | null;
  /** Answered / applicable, 0–100. */
  completeness: number;
  /** Codes of the eliminatory criteria the solution fails, in grid order. */
  failedEliminatory: string[];
}

export const NOT_APPLICABLE = "NA" as const;

const round1 = (x: number) => Math.round(x * 10) / 10;
const LEVEL_MAX = 3;

/** 0..1 for a usable answer, "NA" when not applicable, undefined when there is no usable value. */
export function answerScore(c: ScoringCriterion, a: AnswerValue | undefined): number | typeof NOT_APPLICABLE | undefined {
  if (!a) return undefined;
  if (a.notApplicable) return NOT_APPLICABLE;
  const n = a.numberValue;
  switch (c.answerType) {
    case "YES_NO":
      return typeof a.booleanValue === "boolean" ? (a.booleanValue ? 1 : 0) : undefined;
    case "LEVEL":
      return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= LEVEL_MAX ? n / LEVEL_MAX : undefined;
    case "PERCENT":
      return typeof n === "number" && n >= 0 && n <= 100 ? n / 100 : undefined;
    case "CHOICE":
      return c.options?.find((o) => o.code === a.choice)?.score;
    case "NUMBER": {
      if (typeof n !== "number" || n < 0) return undefined;
      const reached = (c.thresholds ?? []).filter((t) => n >= t.min);
      return reached.length ? reached[reached.length - 1].score : 0;
    }
  }
}

/** Computes the score card of a set of answers on a grid (criteria in grid order). */
export function computeScores(themes: ScoringTheme[], criteria: ScoringCriterion[], answers: AnswerValue[]): ScoreCard {
  const byCode = new Map(answers.map((a) => [a.criterionCode, a]));
  let applicableTotal = 0;
  let answeredTotal = 0;
  const failedEliminatory: string[] = [];
  const results = themes.map((theme): ThemeResult => {
    let weighted = 0;
    let weights = 0;
    let applicable = 0;
    let answered = 0;
    for (const c of criteria.filter((x) => x.themeCode === theme.code)) {
      const s = answerScore(c, byCode.get(c.code));
      if (s === NOT_APPLICABLE) continue;
      applicable += 1;
      weights += c.weight;
      if (s !== undefined) {
        answered += 1;
        weighted += c.weight * s;
      }
      if (c.eliminatory && (s === undefined || s === 0)) failedEliminatory.push(c.code);
    }
    applicableTotal += applicable;
    answeredTotal += answered;
    return { theme: theme.code, label: theme.label, value: weights > 0 ? round1((100 * weighted) / weights) : null, applicable, answered };
  });
  const scored = results.map((r) => r.value).filter((v): v is number => v !== null);
  return {
    themes: results,
    overall: scored.length ? round1(scored.reduce((a, b) => a + b, 0) / scored.length) : null,
    completeness: applicableTotal === 0 ? 100 : round1((100 * answeredTotal) / applicableTotal),
    failedEliminatory,
  };
}
