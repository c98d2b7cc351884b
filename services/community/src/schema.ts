import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@gouvtech/kit";
import { SolutionResolver } from "./modules/solution/solution.resolver";
import { ReviewResolver } from "./modules/review/review.resolver";
import { ReportResolver } from "./modules/report/report.resolver";
import { ModerationResolver } from "./modules/moderation/moderation.resolver";
import { PrivacyResolver } from "./modules/privacy/privacy.resolver";
import { resolveSolutionReference } from "./modules/solution/solution.reference";
import { Solution } from "./modules/solution/solution.entity";

/** The community subgraph schema (Federation v2). */
export function buildCommunitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [SolutionResolver, ReviewResolver, ReportResolver, ModerationResolver, PrivacyResolver],
    // Solution is reached only through `_entities`: declare it, with its community fields.
    orphanedTypes: [Solution],
    references: { Solution: { __resolveReference: resolveSolutionReference } },
  });
}
