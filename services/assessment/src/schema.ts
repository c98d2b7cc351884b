import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@gouvtech/kit";
import { GridResolver } from "./modules/grid/grid.resolver";
import { AssessmentResolver } from "./modules/assessment/assessment.resolver";
import { AnswerResolver } from "./modules/assessment/answer.resolver";
import { SolutionResolver } from "./modules/solution/solution.resolver";
import { resolveSolutionReference } from "./modules/solution/solution.reference";

/** The assessment subgraph schema (Federation v2). */
export function buildAssessmentSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [GridResolver, AssessmentResolver, AnswerResolver, SolutionResolver],
    references: { Solution: { __resolveReference: resolveSolutionReference } },
  });
}
