import type { EntityManager } from "typeorm";
import { updateReturning } from "@gouvtech/kit";
import type { GridVersion } from "../grid/grid.entity";
import { computeScores, ScoreCard, AnswerValue } from "../scoring/scoring";
import { Assessment } from "./assessment.entity";
import { AssessmentStatus } from "./assessment.enums";
import { recordAssessmentPublished } from "./assessment.events";

/**
 * Publishes an assessment inside the caller's transaction: computes and stores its scores,
 * makes it the current one of its solution (the previous one stays as history) and
 * writes the AssessmentPublished event.
 */
export async function publishWithScores(
  m: EntityManager,
  a: Assessment,
  grid: GridVersion,
  answers: AnswerValue[],
  actor: string,
): Promise<ScoreCard> {
  const card = computeScores(grid.themes, grid.criteria, answers);
  await m.query(`UPDATE assessment.assessment SET is_current = false WHERE solution_id = $1 AND is_current`, [a.solutionId]);
  const [row] = await updateReturning<{ published_at: Date; version: number }>(
    m,
    `UPDATE assessment.assessment
        SET status = $2, is_current = true, overall_score = $3, completeness = $4, failed_eliminatory = $5,
            published_at = now(), published_by = $6, return_reason = NULL, version = version + 1, updated_at = now()
      WHERE id = $1
      RETURNING published_at, version`,
    [a.id, AssessmentStatus.PUBLISHED, card.overall, card.completeness, card.failedEliminatory, actor],
  );
  Object.assign(a, {
    status: AssessmentStatus.PUBLISHED,
    isCurrent: true,
    overallScore: card.overall,
    completeness: card.completeness,
    failedEliminatory: card.failedEliminatory,
    publishedAt: row.published_at,
    publishedBy: actor,
    returnReason: null,
    version: row.version,
  });
  await m.query(
    `INSERT INTO assessment.theme_score (assessment_id, theme_code, theme_label, position, value, applicable, answered)
     SELECT $1, t.theme, t.label, t.position, t.value, t.applicable, t.answered
       FROM jsonb_to_recordset($2::jsonb) AS t(theme text, label text, position int, value double precision, applicable int, answered int)`,
    [a.id, JSON.stringify(card.themes.map((t, i) => ({ ...t, position: i + 1 })))],
  );
  await recordAssessmentPublished(m, a, card);
  return card;
}
