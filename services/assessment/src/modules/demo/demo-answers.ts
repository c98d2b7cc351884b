import { createHash } from "node:crypto";
import { AnswerType } from "../grid/grid.model";
import type { Criterion } from "../grid/grid.entity";
import type { AnswerRow } from "../assessment/answer.validation";

/** A number in [0, 1) derived from the solution id: the same id always gives the same demo data. */
export function unitHash(...parts: string[]): number {
  return createHash("sha256").update(parts.join(":")).digest().readUInt32BE(0) / 2 ** 32;
}

/** About three solutions in four get a demo assessment. */
export const DEMO_SHARE = 0.75;
export const hasDemoAssessment = (solutionId: string) => unitHash(solutionId, "has-assessment") < DEMO_SHARE;

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** The answer of one criterion for a solution of the given quality (0..1), from hashes only. */
function answerFor(c: Criterion, solutionId: string, quality: number): AnswerRow | null {
  const r = unitHash(solutionId, c.code);
  const target = clamp(quality + (unitHash(solutionId, c.code, "noise") - 0.5) * 0.6);
  if (r < 0.04) return null; // left unanswered
  const base = { criterionCode: c.code, booleanValue: null, numberValue: null, choice: null, evidenceExpiresOn: null, comment: null };
  const evidenceUrl = r > 0.6 ? `https://preuves.example/${solutionId.slice(0, 8)}/${c.code.toLowerCase()}` : null;
  if (c.naAllowed && r < 0.3) return { ...base, notApplicable: true, evidenceUrl: null };
  const answer = { ...base, notApplicable: false, evidenceUrl };
  switch (c.answerType) {
    case AnswerType.YES_NO:
      return { ...answer, booleanValue: target >= 0.45 };
    case AnswerType.LEVEL: {
      const levels = (c.levels ?? []).map((l) => l.value);
      const wanted = target * 3;
      const level = levels.reduce((best, v) => (Math.abs(v - wanted) < Math.abs(best - wanted) ? v : best), levels[0] ?? 0);
      return { ...answer, numberValue: level };
    }
    case AnswerType.PERCENT:
      return { ...answer, numberValue: Math.round(100 * target) };
    case AnswerType.CHOICE: {
      const options = c.options ?? [];
      const pick = options.reduce((best, o) => (Math.abs(o.score - target) < Math.abs(best.score - target) ? o : best), options[0]);
      return { ...answer, choice: pick.code };
    }
    case AnswerType.NUMBER:
      return { ...answer, numberValue: Math.round(target * target * 80) };
  }
}

/** Deterministic demo answers for a solution: a quality level per solution, then per-criterion noise. */
export function demoAnswers(solutionId: string, criteria: Criterion[]): AnswerRow[] {
  const quality = 0.35 + 0.6 * unitHash(solutionId, "quality");
  return criteria.map((c) => answerFor(c, solutionId, quality)).filter((a): a is AnswerRow => a !== null);
}
