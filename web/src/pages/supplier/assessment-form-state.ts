import type { AnswerInput } from "../../gql/graphql";

/** One criterion's answer as the form holds it: value "" unanswered, "NA" not applicable, else the value. */
export interface FormAnswer {
  value: string;
  evidenceUrl: string;
  comment: string;
}

export const EMPTY_ANSWER: FormAnswer = { value: "", evidenceUrl: "", comment: "" };

export interface GridCriterion {
  code: string;
  answerType: string;
}

interface SavedAnswer {
  criterionCode: string;
  notApplicable: boolean;
  booleanValue?: boolean | null;
  numberValue?: number | null;
  choice?: string | null;
  evidenceUrl?: string | null;
  comment?: string | null;
}

export function toFormAnswers(answers: SavedAnswer[]): Record<string, FormAnswer> {
  const form: Record<string, FormAnswer> = {};
  for (const a of answers) {
    const value = a.notApplicable
      ? "NA"
      : a.booleanValue != null
        ? String(a.booleanValue)
        : a.choice != null
          ? a.choice
          : a.numberValue != null
            ? String(a.numberValue)
            : "";
    form[a.criterionCode] = { value, evidenceUrl: a.evidenceUrl ?? "", comment: a.comment ?? "" };
  }
  return form;
}

export interface AnswerInputs {
  /** Every answered criterion, typed as the API expects, and a clear for each saved answer the user emptied. */
  inputs: AnswerInput[];
  /** Criteria with a proof or a comment but no answer: the API refuses them, the user must choose. */
  orphans: string[];
}

/** The answers to send, from what the form shows and what the server holds. */
export function toAnswerInputs(
  criteria: GridCriterion[],
  form: Record<string, FormAnswer>,
  saved: Record<string, FormAnswer>,
): AnswerInputs {
  const inputs: AnswerInput[] = [];
  const orphans: string[] = [];
  for (const c of criteria) {
    const a = form[c.code] ?? EMPTY_ANSWER;
    const evidenceUrl = a.evidenceUrl.trim() || null;
    const comment = a.comment.trim() || null;
    const base = { criterionCode: c.code, evidenceUrl, comment };
    if (a.value === "") {
      if (evidenceUrl || comment) orphans.push(c.code);
      else if (saved[c.code]) inputs.push({ criterionCode: c.code });
    } else if (a.value === "NA") inputs.push({ ...base, notApplicable: true });
    else if (c.answerType === "YES_NO") inputs.push({ ...base, booleanValue: a.value === "true" });
    else if (c.answerType === "CHOICE") inputs.push({ ...base, choice: a.value });
    else inputs.push({ ...base, numberValue: Number(a.value) });
  }
  return { inputs, orphans };
}

/**
 * The edits still unsaved once a save of `sent` succeeded: those the user made after
 * the save started (a new object per change, so identity tells them apart) stay.
 */
export function editsAfterSave(edits: Record<string, FormAnswer>, sent: Record<string, FormAnswer>): Record<string, FormAnswer> {
  return Object.fromEntries(Object.entries(edits).filter(([code, answer]) => sent[code] !== answer));
}
