import "reflect-metadata";
import { bootSubgraph, BootedSubgraph, EventConsumer, SubgraphRuntime } from "@gouvtech/kit";
import { buildCommunitySchema } from "./schema";
import { entities, migrations, SCHEMA } from "./entities";
import { createCommunityLoaders } from "./loaders";
import { createCommunityServices, CommunityServices } from "./services";
import { SOLUTION_CHANGED, solutionChangedHandler } from "./modules/solution/solution-changed.handler";
import type { CommunityContext } from "./context";

export interface CommunityConfig extends SubgraphRuntime {
  /** Base URL of the catalogue subgraph (its signed event feed); no projection without it. */
  catalogueUrl?: string;
  /** Poll the catalogue feed in the background (tests drain it with `consumer.syncOnce()`). */
  pollCatalogue?: boolean;
  /** Create demo reviews and reports when a solution is first seen published. */
  seedDemoData?: boolean;
}

export interface CommunityService extends BootedSubgraph<CommunityServices> {
  /** Projects the catalogue's SolutionChanged events (null without catalogueUrl). */
  consumer: EventConsumer | null;
}

/** Connects, migrates, starts projecting the catalogue's feed and serves the community subgraph. */
export async function startCommunity(config: CommunityConfig): Promise<CommunityService> {
  const booted = await bootSubgraph<CommunityServices, CommunityContext>(
    {
      name: SCHEMA,
      entities,
      migrations,
      buildSchema: buildCommunitySchema,
      createServices: createCommunityServices,
      createContext: (base, ds, services) => ({ ...base, services, loaders: createCommunityLoaders(ds) }),
      consumes: () => ({ catalogue: { [SOLUTION_CHANGED]: solutionChangedHandler({ seedDemoData: config.seedDemoData ?? false }) } }),
    },
    {
      ...config,
      sources: config.catalogueUrl ? { catalogue: config.catalogueUrl } : {},
      pollEvents: config.pollCatalogue ?? true,
    },
  );
  return { ...booted, consumer: booted.consumers.get("catalogue") ?? null };
}
