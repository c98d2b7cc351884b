import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@gouvtech/kit";
import { SolutionResolver } from "./modules/solution/solution.resolver";
import { CategoryResolver } from "./modules/category/category.resolver";
import { SupplierResolver } from "./modules/supplier/supplier.resolver";
import { PurchasingCentralResolver } from "./modules/purchasing-central/purchasing-central.resolver";
import { resolveSolutionReference } from "./modules/solution/solution.reference";
import { resolveSupplierReference } from "./modules/supplier/supplier.reference";

/** The catalogue subgraph schema (Federation v2). */
export function buildCatalogueSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [SolutionResolver, CategoryResolver, SupplierResolver, PurchasingCentralResolver],
    references: {
      Solution: { __resolveReference: resolveSolutionReference },
      Supplier: { __resolveReference: resolveSupplierReference },
    },
  });
}
