import "reflect-metadata";
import type { DataSource } from "typeorm";
import {
  createDataSource,
  createLogger,
  EventConsumer,
  Logger,
  migrate,
  mountEventFeed,
  QueryCounter,
  RunningServer,
  startSubgraph,
} from "@gouvtech/kit";
import { buildCommunitySchema } from "./schema";
import { entities, migrations, SCHEMA } from "./entities";
import { createCommunityLoaders } from "./loaders";
import { createCommunityServices, CommunityServices } from "./services";
import { SOLUTION_CHANGED, solutionChangedHandler } from "./modules/solution/solution-changed.handler";
import type { CommunityContext } from "./context";

export interface CommunityConfig {
  databaseUrl: string;
  /** The database is a PGlite socket (one connection). */
  embedded: boolean;
  poolSize?: number;
  host?: string;
  port?: number;
  gatewaySecret: string;
  exposeInternals?: boolean;
  logger?: Logger;
  /** Base URL of the catalogue subgraph (its signed event feed); no projection without it. */
  catalogueUrl?: string;
  /** Poll the catalogue feed in the background (tests drain it with `consumer.syncOnce()`). */
  pollCatalogue?: boolean;
  pollIntervalMs?: number;
  /** Create demo reviews and reports when a solution is first seen published. */
  seedDemoData?: boolean;
}

export interface CommunityService {
  server: RunningServer;
  dataSource: DataSource;
  services: CommunityServices;
  /** Projects the catalogue's SolutionChanged events (null without catalogueUrl). */
  consumer: EventConsumer | null;
  /** Counts SQL statements (tests guard the batching rule with it). */
  queries: QueryCounter;
  stop(): Promise<void>;
}

/** Connects, migrates, starts projecting the catalogue's feed and serves the community subgraph. */
export async function startCommunity(config: CommunityConfig): Promise<CommunityService> {
  const logger = config.logger ?? createLogger("community");
  const queries = new QueryCounter((level, msg) => logger[level](msg));
  const dataSource = createDataSource({
    url: config.databaseUrl,
    schema: SCHEMA,
    entities,
    migrations,
    poolSize: config.poolSize ?? 10,
    embedded: config.embedded,
    logger: queries,
  });
  await migrate(dataSource, SCHEMA);
  const consumer = config.catalogueUrl
    ? new EventConsumer({
        source: "catalogue",
        sourceUrl: config.catalogueUrl,
        schema: SCHEMA,
        dataSource,
        gatewaySecret: config.gatewaySecret,
        handlers: { [SOLUTION_CHANGED]: solutionChangedHandler({ seedDemoData: config.seedDemoData ?? false }) },
        logger,
        pollIntervalMs: config.pollIntervalMs,
      })
    : null;
  const services = createCommunityServices(dataSource);
  const schema = await buildCommunitySchema();
  const server = await startSubgraph<CommunityContext>({
    name: "community",
    schema,
    host: config.host ?? "127.0.0.1",
    port: config.port ?? 0,
    gatewaySecret: config.gatewaySecret,
    logger,
    exposeInternals: config.exposeInternals ?? false,
    createContext: (base) => ({ ...base, services, loaders: createCommunityLoaders(dataSource) }),
    isReady: async () => (await dataSource.query("SELECT 1 AS ok"))[0]?.ok === 1,
    internalRoutes: (router) => mountEventFeed(router, () => dataSource, SCHEMA),
    onStop: async () => {
      await consumer?.stop();
      await dataSource.destroy();
    },
  });
  if (consumer && (config.pollCatalogue ?? true)) consumer.start();
  return { server, dataSource, services, consumer, queries, stop: () => server.stop() };
}
