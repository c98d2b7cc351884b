import "reflect-metadata";
import type { DataSource } from "typeorm";
import { bootSubgraph, BootedSubgraph, Logger, SubgraphRuntime } from "@gouvtech/kit";
import { buildCatalogueSchema } from "./schema";
import { entities, migrations, SCHEMA } from "./entities";
import { createCatalogueLoaders } from "./modules/solution/solution.loader";
import { createCatalogueServices, CatalogueServices } from "./services";
import { seedCatalogue, seedReferentialData } from "./seed/seed-catalogue";
import type { CatalogueContext } from "./context";
import { standingHandlers } from "./modules/standing/standing.handlers";

export interface CatalogueConfig extends SubgraphRuntime {
  /**
   * What to seed after migrating, when missing: "referential" (taxonomy, purchasing
   * centrals; what the service always does), "demo" (that plus the shipped SILL records and
   * the demo solutions, env SEED_DEMO_DATA), or "none" (tests that bring their own rows).
   */
  seed?: "none" | "referential" | "demo";
  /** Runs once migrations are applied. */
  afterMigrate?: (ds: DataSource, logger: Logger) => Promise<void>;
}

export type CatalogueService = BootedSubgraph<CatalogueServices>;

/** Connects, migrates, seeds what is asked and serves the catalogue subgraph. */
export function startCatalogue(config: CatalogueConfig): Promise<CatalogueService> {
  return bootSubgraph<CatalogueServices, CatalogueContext>(
    {
      name: SCHEMA,
      entities,
      migrations,
      buildSchema: buildCatalogueSchema,
      createServices: createCatalogueServices,
      createContext: (base, ds, services) => ({ ...base, services, loaders: createCatalogueLoaders(ds) }),
      afterMigrate: async (ds, logger) => {
        if (config.seed === "demo") await seedCatalogue(ds, logger);
        else if (config.seed === "referential") await seedReferentialData(ds, logger);
        await config.afterMigrate?.(ds, logger);
      },
      // scores and ratings to sort and filter by; readiness does not wait for them (those subgraphs consume this one)
      follows: (_services, logger) => standingHandlers(logger),
    },
    config,
  );
}
