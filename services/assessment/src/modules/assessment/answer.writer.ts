import type { EntityManager } from "typeorm";
import type { AnswerRow } from "./answer.validation";

const UNCHANGED = `(x.not_applicable, x.boolean_value, x.number_value, x.choice, x.evidence_url, x.evidence_expires_on)
  IS NOT DISTINCT FROM (EXCLUDED.not_applicable, EXCLUDED.boolean_value, EXCLUDED.number_value, EXCLUDED.choice,
                        EXCLUDED.evidence_url, EXCLUDED.evidence_expires_on)`;

/**
 * Upserts the answers of one saveAnswers call in one statement. An answer whose value or
 * evidence changes loses its verification: the catalogue team verified the old one.
 */
export async function writeAnswers(m: EntityManager, assessmentId: string, rows: AnswerRow[]): Promise<void> {
  if (rows.length === 0) return;
  await m.query(
    `INSERT INTO assessment.answer AS x (assessment_id, criterion_code, not_applicable, boolean_value, number_value, choice,
                                     evidence_url, evidence_expires_on, comment, updated_at)
     SELECT $1, r."criterionCode", r."notApplicable", r."booleanValue", r."numberValue", r.choice,
            r."evidenceUrl", r."evidenceExpiresOn"::date, r.comment, now()
       FROM jsonb_to_recordset($2::jsonb) AS r("criterionCode" text, "notApplicable" boolean, "booleanValue" boolean,
            "numberValue" double precision, choice text, "evidenceUrl" text, "evidenceExpiresOn" text, comment text)
     ON CONFLICT (assessment_id, criterion_code) DO UPDATE SET
       not_applicable = EXCLUDED.not_applicable, boolean_value = EXCLUDED.boolean_value, number_value = EXCLUDED.number_value,
       choice = EXCLUDED.choice, evidence_url = EXCLUDED.evidence_url, evidence_expires_on = EXCLUDED.evidence_expires_on,
       comment = EXCLUDED.comment, updated_at = now(),
       verified_at = CASE WHEN ${UNCHANGED} THEN x.verified_at END,
       verified_by = CASE WHEN ${UNCHANGED} THEN x.verified_by END`,
    [assessmentId, JSON.stringify(rows)],
  );
}

/** Removes the answers of the given criteria (a supplier emptied them); absent ones are ignored. */
export async function clearAnswers(m: EntityManager, assessmentId: string, criterionCodes: string[]): Promise<void> {
  if (criterionCodes.length === 0) return;
  await m.query(`DELETE FROM assessment.answer WHERE assessment_id = $1 AND criterion_code = ANY($2::text[])`, [
    assessmentId,
    criterionCodes,
  ]);
}
