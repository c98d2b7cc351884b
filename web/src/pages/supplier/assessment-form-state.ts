import type { AnswerInput } from "../../gql/graphql";

/** One criterion's answer as the form holds it: "" unanswered, "NA" not applicable, else the value. */
export interface FormAnswer {
  value: string;
  evidenceUrl: string;
}

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
    form[a.criterionCode] = { value, evidenceUrl: a.evidenceUrl ?? "" };
  }
  return form;
}

/** The answers to send: every answered criterion, typed as the API expects. */
export function toAnswerInputs(criteria: GridCriterion[], form: Record<string, FormAnswer>): AnswerInput[] {
  return criteria.flatMap((c): AnswerInput[] => {
    const a = form[c.code];
    if (!a || a.value === "") return [];
    const evidenceUrl = a.evidenceUrl.trim() || null;
    if (a.value === "NA") return [{ criterionCode: c.code, notApplicable: true, evidenceUrl }];
    if (c.answerType === "YES_NO") return [{ criterionCode: c.code, booleanValue: a.value === "true", evidenceUrl }];
    if (c.answerType === "CHOICE") return [{ criterionCode: c.code, choice: a.value, evidenceUrl }];
    return [{ criterionCode: c.code, numberValue: Number(a.value), evidenceUrl }];
  });
}
