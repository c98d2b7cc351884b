import type { EntityManager } from "typeorm";
import { ASSESSMENT_PUBLISHED, publishEvent, type AssessmentPublishedFact } from "@gouvtech/kit";
import type { ScoreCard } from "../scoring/scoring";
import type { Assessment } from "./assessment.entity";

/** Published on this subgraph's feed each time an assessment becomes the current one of its solution. */
export { ASSESSMENT_PUBLISHED };

/** The kit's published contract (what the catalogue projects), plus the details. */
export interface AssessmentPublishedPayload extends AssessmentPublishedFact {
  gridVersion: number;
  failedEliminatory: string[];
  themes: { theme: string; value: number | null }[];
  isDemo: boolean;
}

export function recordAssessmentPublished(m: EntityManager, a: Assessment, card: ScoreCard): Promise<void> {
  const payload: AssessmentPublishedPayload = {
    assessmentId: a.id,
    solutionId: a.solutionId,
    gridVersion: a.gridVersion,
    publishedAt: (a.publishedAt ?? new Date()).toISOString(),
    overall: card.overall,
    completeness: card.completeness,
    failedEliminatory: card.failedEliminatory,
    themes: card.themes.map((t) => ({ theme: t.theme, value: t.value })),
    isDemo: a.isDemo,
  };
  return publishEvent(m, "assessment", { type: ASSESSMENT_PUBLISHED, aggregateId: a.solutionId, payload });
}
