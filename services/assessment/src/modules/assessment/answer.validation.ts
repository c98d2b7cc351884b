import type { FieldProblem } from "@gouvtech/kit";
import { AnswerType, MAX_LEVEL } from "../grid/grid.model";
import type { Criterion } from "../grid/grid.entity";
import type { AnswerInput } from "./answer.input";

export const MAX_ANSWERS_PER_CALL = 100;
const MAX_TEXT = 2000;
const MAX_COUNT = 1_000_000_000;

/** An answer checked against its criterion, ready to be written. */
export interface AnswerRow {
  criterionCode: string;
  notApplicable: boolean;
  booleanValue: boolean | null;
  numberValue: number | null;
  choice: string | null;
  evidenceUrl: string | null;
  evidenceExpiresOn: string | null;
  comment: string | null;
}

const blank = (v: unknown) => v === null || v === undefined;
const text = (v: string | null | undefined) => (v == null || v.trim() === "" ? null : v.trim());

function isDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === "https:" || u.protocol === "http:";
  } catch {
    return false;
  }
}

const hasValue = (a: AnswerInput) => !!a.notApplicable || !blank(a.booleanValue) || !blank(a.numberValue) || !blank(a.choice);

/** What is wrong with the value of one answer for its criterion, or null. */
function valueProblem(c: Criterion, a: AnswerInput): string | null {
  const given = [!blank(a.booleanValue) && "booleanValue", !blank(a.numberValue) && "numberValue", !blank(a.choice) && "choice"].filter(
    Boolean,
  );
  if (a.notApplicable) {
    if (!c.naAllowed) return "« non applicable » n'est pas admis pour ce critère";
    return given.length ? "une réponse « non applicable » ne porte pas de valeur" : null;
  }
  const expected = c.answerType === AnswerType.YES_NO ? "booleanValue" : c.answerType === AnswerType.CHOICE ? "choice" : "numberValue";
  if (given.length !== 1 || given[0] !== expected) return `réponse ${c.answerType} attendue dans ${expected}, et seulement là`;
  const n = a.numberValue!;
  switch (c.answerType) {
    case AnswerType.LEVEL: {
      const allowed = c.levels?.map((l) => l.value) ?? [0, 1, 2, MAX_LEVEL];
      return allowed.includes(n) ? null : `niveau attendu parmi ${allowed.join(", ")}`;
    }
    case AnswerType.PERCENT:
      return n >= 0 && n <= 100 ? null : "pourcentage attendu entre 0 et 100";
    case AnswerType.NUMBER:
      return Number.isInteger(n) && n >= 0 && n <= MAX_COUNT ? null : "nombre entier positif attendu";
    case AnswerType.CHOICE: {
      const codes = c.options?.map((o) => o.code) ?? [];
      return codes.includes(a.choice!) ? null : `option attendue parmi ${codes.join(", ")}`;
    }
    default:
      return null;
  }
}

/**
 * Checks every answer of a saveAnswers call against the grid of the assessment, before
 * anything is written. Each problem names the criterion code of the faulty answer.
 * An answer with neither a value nor notApplicable clears that criterion: its code goes
 * to `clears`, and it may carry nothing else (no proof or comment without an answer).
 */
export function validateAnswers(
  criterionByCode: ReadonlyMap<string, Criterion>,
  inputs: AnswerInput[],
): { rows: AnswerRow[]; clears: string[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (inputs.length === 0) problems.push({ field: "answers", message: "au moins une réponse attendue" });
  if (inputs.length > MAX_ANSWERS_PER_CALL)
    problems.push({ field: "answers", message: `${MAX_ANSWERS_PER_CALL} réponses au plus par appel` });
  const seen = new Set<string>();
  const rows: AnswerRow[] = [];
  const clears: string[] = [];
  for (const a of inputs) {
    const code = String(a.criterionCode ?? "").slice(0, 40);
    const problem = (message: string) => problems.push({ field: code || "criterionCode", message });
    const c = criterionByCode.get(code);
    if (!c) {
      problem("critère inconnu dans cette version de la grille");
      continue;
    }
    if (seen.has(code)) problem("critère présent deux fois dans l'appel");
    seen.add(code);
    if (!hasValue(a)) {
      if (text(a.evidenceUrl) || text(a.evidenceExpiresOn) || text(a.comment))
        problem("une réponse effacée (sans valeur ni « non applicable ») ne porte ni preuve ni commentaire");
      clears.push(code);
      continue;
    }
    const wrongValue = valueProblem(c, a);
    if (wrongValue) problem(wrongValue);
    const url = text(a.evidenceUrl);
    if (url && (url.length > MAX_TEXT || !isHttpUrl(url))) problem("evidenceUrl : adresse http(s) attendue");
    const expires = text(a.evidenceExpiresOn);
    if (expires && !isDate(expires)) problem("evidenceExpiresOn : date AAAA-MM-JJ attendue");
    const comment = text(a.comment);
    if (comment && comment.length > MAX_TEXT) problem(`comment : ${MAX_TEXT} caractères au plus`);
    rows.push({
      criterionCode: code,
      notApplicable: !!a.notApplicable,
      booleanValue: a.notApplicable ? null : (a.booleanValue ?? null),
      numberValue: a.notApplicable ? null : (a.numberValue ?? null),
      choice: a.notApplicable ? null : (a.choice ?? null),
      evidenceUrl: url,
      evidenceExpiresOn: expires,
      comment,
    });
  }
  return { rows, clears, problems };
}
