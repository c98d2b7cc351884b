import type { DataSource } from "typeorm";
import { ReviewService } from "./modules/review/review.service";
import { ReportService } from "./modules/report/report.service";
import { ModerationService } from "./modules/moderation/moderation.service";
import { PrivacyService } from "./modules/privacy/privacy.service";
import { SolutionCommunityService } from "./modules/solution/solution-community.service";

/** Long-lived services of the community subgraph (one per process). */
export function createCommunityServices(dataSource: DataSource) {
  return {
    dataSource,
    reviews: new ReviewService(dataSource),
    reports: new ReportService(dataSource),
    moderation: new ModerationService(dataSource),
    privacy: new PrivacyService(dataSource),
    solutions: new SolutionCommunityService(),
  };
}
export type CommunityServices = ReturnType<typeof createCommunityServices>;
