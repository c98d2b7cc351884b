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
import { buildAssessmentSchema } from "./schema";
import { entities, migrations, SCHEMA } from "./entities";
import { createAssessmentLoaders } from "./modules/assessment/assessment.loader";
import { createAssessmentServices, AssessmentServices } from "./services";
import { seedGrids } from "./modules/grid/grid.seed";
import { SOLUTION_CHANGED, solutionChangedHandler } from "./modules/solution/solution.projection";
import { demoAssessmentSeeder } from "./modules/demo/demo-assessment";
import type { AssessmentContext } from "./context";

export interface AssessmentConfig {
  databaseUrl: string;
  /** The database is a PGlite socket (one connection). */
  embedded: boolean;
  poolSize?: number;
  host?: string;
  port?: number;
  gatewaySecret: string;
  exposeInternals?: boolean;
  logger?: Logger;
  /** Base URL of the catalogue subgraph (its signed event feed). */
  catalogueUrl: string;
  /** Give seeded published solutions a deterministic demo assessment. */
  seedDemoData?: boolean;
  /** Poll the catalogue's feed in the background (default true); tests call consumer.syncOnce() instead. */
  consumeEvents?: boolean;
  pollIntervalMs?: number;
}

export interface AssessmentSubgraph {
  server: RunningServer;
  dataSource: DataSource;
  services: AssessmentServices;
  /** Projects the catalogue's SolutionChanged events. */
  consumer: EventConsumer;
  /** Counts SQL statements (tests guard the batching rule with it). */
  queries: QueryCounter;
  stop(): Promise<void>;
}

/** Connects, migrates, seeds the grid, serves the assessment subgraph and consumes the catalogue's feed. */
export async function startAssessment(config: AssessmentConfig): Promise<AssessmentSubgraph> {
  const logger = config.logger ?? createLogger("assessment");
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
  const added = await seedGrids(dataSource);
  if (added.length) logger.info({ versions: added }, "assessment grid versions seeded");
  const services = createAssessmentServices(dataSource);
  const consumer = new EventConsumer({
    source: "catalogue",
    sourceUrl: config.catalogueUrl,
    schema: SCHEMA,
    dataSource,
    gatewaySecret: config.gatewaySecret,
    handlers: { [SOLUTION_CHANGED]: solutionChangedHandler(config.seedDemoData ? demoAssessmentSeeder(services.grids) : undefined) },
    logger,
    pollIntervalMs: config.pollIntervalMs,
  });
  const schema = await buildAssessmentSchema();
  const server = await startSubgraph<AssessmentContext>({
    name: "assessment",
    schema,
    host: config.host ?? "127.0.0.1",
    port: config.port ?? 0,
    gatewaySecret: config.gatewaySecret,
    logger,
    exposeInternals: config.exposeInternals ?? false,
    createContext: (base) => ({ ...base, services, loaders: createAssessmentLoaders(dataSource.manager) }),
    isReady: async () => (await dataSource.query("SELECT 1 AS ok"))[0]?.ok === 1,
    internalRoutes: (router) => mountEventFeed(router, () => dataSource, SCHEMA),
    onStop: () => dataSource.destroy(),
  });
  if (config.consumeEvents ?? true) consumer.start();
  return {
    server,
    dataSource,
    services,
    consumer,
    queries,
    async stop() {
      await consumer.stop();
      await server.stop();
    },
  };
}
