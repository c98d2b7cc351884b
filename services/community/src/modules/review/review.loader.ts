import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { createEntityLoader, groupByKeys } from "@gouvtech/kit";
import { loaderPerArgs } from "../../db/keyed-loaders";
import { KeyedPage, topNPerKey } from "../../db/top-n";
import { Review } from "./review.entity";
import { ReviewReply } from "./review-reply.entity";
import { ReviewFlag } from "./review-flag.entity";
import { ReviewSort, ReviewStatus } from "./review.enums";

export const REVIEW_ORDER: Record<ReviewSort, string> = {
  RECENT: "t.published_at DESC NULLS LAST, t.id",
  RATING_HIGH: "t.rating DESC, t.published_at DESC NULLS LAST, t.id",
  RATING_LOW: "t.rating ASC, t.published_at DESC NULLS LAST, t.id",
};

export interface ReviewPageArgs {
  offset: number;
  limit: number;
  sort: ReviewSort;
}

/** Per-request loaders of reviews, their replies and flags: one statement per batch. */
export function createReviewLoaders(manager: EntityManager) {
  return {
    reviewById: createEntityLoader(manager, Review),
    replyByReview: createEntityLoader(manager, ReviewReply, "reviewId"),
    openFlagsByReview: new DataLoader<string, ReviewFlag[]>(async (ids) => {
      const rows = await manager
        .createQueryBuilder(ReviewFlag, "f")
        .where("f.review_id = ANY(:ids) AND f.status = 'OPEN'", { ids: [...ids] })
        .orderBy("f.created_at")
        .getMany();
      return groupByKeys(ids, rows, (f) => f.reviewId);
    }),
    /** Published reviews of many solutions, top-N per solution in one statement. */
    publishedReviewPage: loaderPerArgs(
      (a: ReviewPageArgs) =>
        new DataLoader<string, KeyedPage<Review>>((solutionIds) =>
          topNPerKey(manager, solutionIds, {
            entity: Review,
            keyColumn: "solution_id",
            where: "t.status = $4",
            params: [ReviewStatus.PUBLISHED],
            orderBy: REVIEW_ORDER[a.sort],
            offset: a.offset,
            limit: a.limit,
          }),
        ),
    ),
  };
}
export type ReviewLoaders = ReturnType<typeof createReviewLoaders>;
