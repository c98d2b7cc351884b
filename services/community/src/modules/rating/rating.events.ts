import type { EntityManager } from "typeorm";
import { publishEvent, SOLUTION_RATING_CHANGED, type SolutionRatingFact } from "@gouvtech/kit";
import type { DimensionAggregate } from "./rating-aggregate.entity";

/** Event other subgraphs may project: the solution's rating as it now stands (state transfer). */
export { SOLUTION_RATING_CHANGED };

/** The kit's published contract (what the catalogue projects), plus the details. */
export interface SolutionRatingChangedPayload extends SolutionRatingFact {
  /** Counts of ratings 1 to 5. */
  distribution: number[];
  dimensions: DimensionAggregate[];
}

export const recordRatingChanged = (m: EntityManager, payload: SolutionRatingChangedPayload) =>
  publishEvent(m, "community", { type: SOLUTION_RATING_CHANGED, aggregateId: payload.solutionId, payload });
