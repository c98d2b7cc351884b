import "reflect-metadata";
import { bootSubgraph, BootedSubgraph, EventConsumer, SubgraphRuntime } from "@gouvtech/kit";
import { buildAssessmentSchema } from "./schema";
import { entities, migrations, SCHEMA } from "./entities";
import { createAssessmentLoaders } from "./modules/assessment/assessment.loader";
import { createAssessmentServices, AssessmentServices } from "./services";
import { seedGrids } from "./modules/grid/grid.seed";
import { SOLUTION_CHANGED, solutionChangedHandler } from "./modules/solution/solution.projection";
import { demoAssessmentSeeder } from "./modules/demo/demo-assessment";
import type { AssessmentContext } from "./context";

export interface AssessmentConfig extends SubgraphRuntime {
  /** Base URL of the catalogue subgraph (its signed event feed). */
  catalogueUrl: string;
  /** Give seeded published solutions a deterministic demo assessment. */
  seedDemoData?: boolean;
  /** Poll the catalogue's feed in the background (default true); tests call consumer.syncOnce() instead. */
  consumeEvents?: boolean;
}

export interface AssessmentSubgraph extends BootedSubgraph<AssessmentServices> {
  /** Projects the catalogue's SolutionChanged events. */
  consumer: EventConsumer;
}

/** Connects, migrates, seeds the grid, serves the assessment subgraph and consumes the catalogue's feed. */
export async function startAssessment(config: AssessmentConfig): Promise<AssessmentSubgraph> {
  const booted = await bootSubgraph<AssessmentServices, AssessmentContext>(
    {
      name: SCHEMA,
      entities,
      migrations,
      buildSchema: buildAssessmentSchema,
      createServices: createAssessmentServices,
      createContext: (base, ds, services) => ({ ...base, services, loaders: createAssessmentLoaders(ds.manager) }),
      afterMigrate: async (ds, logger) => {
        const added = await seedGrids(ds);
        if (added.length) logger.info({ versions: added }, "assessment grid versions seeded");
      },
      consumes: (services) => ({
        catalogue: { [SOLUTION_CHANGED]: solutionChangedHandler(config.seedDemoData ? demoAssessmentSeeder(services.grids) : undefined) },
      }),
    },
    { ...config, sources: { catalogue: config.catalogueUrl }, pollEvents: config.consumeEvents ?? true },
  );
  return { ...booted, consumer: booted.consumers.get("catalogue")! };
}
