import { SolutionProjection } from "@gouvtech/kit";
import { Author } from "./modules/review/author.entity";
import { Review } from "./modules/review/review.entity";
import { ReviewReply } from "./modules/review/review-reply.entity";
import { ReviewFlag } from "./modules/review/review-flag.entity";
import { AnomalyReport } from "./modules/report/report.entity";
import { RatingAggregate } from "./modules/rating/rating-aggregate.entity";
import { AuditEntry } from "./modules/moderation/audit-entry.entity";
import { InitialCommunity1764800000000 } from "./migrations/1764800000000-initial-community";

export const SCHEMA = "community";
export const entities = [SolutionProjection, Author, Review, ReviewReply, ReviewFlag, AnomalyReport, RatingAggregate, AuditEntry];
/** Committed migrations, in order. */
export const migrations = [InitialCommunity1764800000000];
