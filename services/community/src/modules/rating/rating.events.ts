import type { EntityManager } from "typeorm";
import { publishEvent } from "@gouvtech/kit";
import type { DimensionAggregate } from "./rating-aggregate.entity";

/** Event other subgraphs may project: the solution's rating as it now stands (state transfer). */
export const SOLUTION_RATING_CHANGED = "SolutionRatingChanged";

export interface SolutionRatingChangedPayload {
  solutionId: string;
  average: number | null;
  count: number;
  /** Counts of ratings 1 to 5. */
  distribution: number[];
  dimensions: DimensionAggregate[];
  /** Increases with every change: project only a version newer than the one held. */
  version: number;
}

export const recordRatingChanged = (m: EntityManager, payload: SolutionRatingChangedPayload) =>
  publishEvent(m, "community", { type: SOLUTION_RATING_CHANGED, aggregateId: payload.solutionId, payload });
