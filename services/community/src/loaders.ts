import type { DataSource } from "typeorm";
import { createEntityLoader } from "@gouvtech/kit";
import { SolutionProjection } from "@gouvtech/kit";
import { RatingAggregate } from "./modules/rating/rating-aggregate.entity";
import { createReviewLoaders } from "./modules/review/review.loader";
import { createReportLoaders } from "./modules/report/report.loader";

/** Per-request DataLoaders of the community subgraph. */
export function createCommunityLoaders(ds: DataSource) {
  const manager = ds.manager;
  return {
    projectionById: createEntityLoader(manager, SolutionProjection),
    ratingBySolution: createEntityLoader(manager, RatingAggregate, "solutionId"),
    ...createReviewLoaders(manager),
    ...createReportLoaders(manager),
  };
}
export type CommunityLoaders = ReturnType<typeof createCommunityLoaders>;
