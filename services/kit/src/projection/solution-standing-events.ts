import { z } from "zod";

/**
 * The published contracts of the facts the catalogue projects to sort and filter by:
 * the current assessment's overall score (assessment subgraph) and the aggregate rating
 * (community subgraph). Producers write these shapes; extra fields are allowed.
 */
export const ASSESSMENT_PUBLISHED = "AssessmentPublished";

export const assessmentPublishedPayloadSchema = z.object({
  solutionId: z.string().uuid(),
  assessmentId: z.string().uuid(),
  /** 0–100, or null when no criterion applied. */
  overall: z.number().min(0).max(100).nullable(),
  completeness: z.number().min(0).max(100),
  publishedAt: z.string().datetime({ offset: true }),
});
export type AssessmentPublishedFact = z.infer<typeof assessmentPublishedPayloadSchema>;

export const SOLUTION_RATING_CHANGED = "SolutionRatingChanged";

export const solutionRatingChangedPayloadSchema = z.object({
  solutionId: z.string().uuid(),
  /** 1–5, or null once no published review is left. */
  average: z.number().min(1).max(5).nullable(),
  count: z.number().int().min(0),
  /** Increases with every change: only a newer one replaces what is held. */
  version: z.number().int().min(0),
});
export type SolutionRatingFact = z.infer<typeof solutionRatingChangedPayloadSchema>;
