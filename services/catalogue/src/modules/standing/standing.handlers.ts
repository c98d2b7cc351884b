import type { EntityManager } from "typeorm";
import {
  ASSESSMENT_PUBLISHED,
  assessmentPublishedPayloadSchema,
  EventHandler,
  Logger,
  OutboxEvent,
  SOLUTION_RATING_CHANGED,
  solutionRatingChangedPayloadSchema,
} from "@gouvtech/kit";

/** What an event did to the projection: a payload breaking the contract is skipped, not retried forever. */
export type Projected = "applied" | "stale" | "invalid";

/**
 * Keeps the score of the assessment published last: a replay or an older publication
 * arriving late changes nothing.
 */
export async function projectAssessmentPublished(m: EntityManager, event: OutboxEvent): Promise<Projected> {
  const parsed = assessmentPublishedPayloadSchema.safeParse(event.payload);
  if (!parsed.success) return "invalid";
  const p = parsed.data;
  const rows: unknown[] = await m.query(
    `INSERT INTO catalogue.solution_standing AS st (solution_id, overall_score, assessment_published_at)
     VALUES ($1, $2, $3)
     ON CONFLICT (solution_id) DO UPDATE SET overall_score = EXCLUDED.overall_score,
       assessment_published_at = EXCLUDED.assessment_published_at
     WHERE st.assessment_published_at IS NULL OR st.assessment_published_at <= EXCLUDED.assessment_published_at
     RETURNING st.solution_id`,
    [p.solutionId, p.overall, p.publishedAt],
  );
  return rows.length ? "applied" : "stale";
}

/** Keeps the rating of the newest version only. */
export async function projectRatingChanged(m: EntityManager, event: OutboxEvent): Promise<Projected> {
  const parsed = solutionRatingChangedPayloadSchema.safeParse(event.payload);
  if (!parsed.success) return "invalid";
  const p = parsed.data;
  const rows: unknown[] = await m.query(
    `INSERT INTO catalogue.solution_standing AS st (solution_id, rating_average, rating_count, rating_version)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (solution_id) DO UPDATE SET rating_average = EXCLUDED.rating_average,
       rating_count = EXCLUDED.rating_count, rating_version = EXCLUDED.rating_version
     WHERE st.rating_version < EXCLUDED.rating_version
     RETURNING st.solution_id`,
    [p.solutionId, p.average, p.count, p.version],
  );
  return rows.length ? "applied" : "stale";
}

const logged =
  (project: (m: EntityManager, e: OutboxEvent) => Promise<Projected>, logger: Logger): EventHandler =>
  async (m, event) => {
    if ((await project(m, event)) === "invalid")
      logger.warn({ type: event.type, position: event.position }, "event breaks its published contract; skipped");
  };

/** The feeds the catalogue follows to sort and filter by score and rating, by producer. */
export function standingHandlers(logger: Logger): Record<string, Record<string, EventHandler>> {
  return {
    assessment: { [ASSESSMENT_PUBLISHED]: logged(projectAssessmentPublished, logger) },
    community: { [SOLUTION_RATING_CHANGED]: logged(projectRatingChanged, logger) },
  };
}
