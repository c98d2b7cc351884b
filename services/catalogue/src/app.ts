import "reflect-metadata";
import type { DataSource } from "typeorm";
import { createDataSource, createLogger, Logger, migrate, mountEventFeed, QueryCounter, RunningServer, startSubgraph } from "@gouvtech/kit";
import { buildCatalogueSchema } from "./schema";
import { entities, migrations, SCHEMA } from "./entities";
import { createCatalogueLoaders } from "./modules/solution/solution.loader";
import { createCatalogueServices, CatalogueServices } from "./services";
import { seedCatalogue, seedReferentialData } from "./seed/seed-catalogue";
import type { CatalogueContext } from "./context";

export interface CatalogueConfig {
  databaseUrl: string;
  /** The database is a PGlite socket (one connection). */
  embedded: boolean;
  poolSize?: number;
  host?: string;
  port?: number;
  gatewaySecret: string;
  exposeInternals?: boolean;
  logger?: Logger;
  /**
   * What to seed after migrating, when missing: "referential" (taxonomy, purchasing
   * centrals; what the service always does), "demo" (that plus the shipped SILL records and
   * the demo solutions, env SEED_DEMO_DATA), or "none" (tests that bring their own rows).
   */
  seed?: "none" | "referential" | "demo";
  /** Runs once migrations are applied (seeding). */
  afterMigrate?: (ds: DataSource, logger: Logger) => Promise<void>;
}

export interface CatalogueService {
  server: RunningServer;
  dataSource: DataSource;
  services: CatalogueServices;
  /** Counts SQL statements (tests guard the batching rule with it). */
  queries: QueryCounter;
  stop(): Promise<void>;
}

/** Connects, migrates and serves the catalogue subgraph. */
export async function startCatalogue(config: CatalogueConfig): Promise<CatalogueService> {
  const logger = config.logger ?? createLogger("catalogue");
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
  if (config.seed === "demo") await seedCatalogue(dataSource, logger);
  else if (config.seed === "referential") await seedReferentialData(dataSource, logger);
  await config.afterMigrate?.(dataSource, logger);
  const services = createCatalogueServices(dataSource);
  const schema = await buildCatalogueSchema();
  const server = await startSubgraph<CatalogueContext>({
    name: "catalogue",
    schema,
    host: config.host ?? "127.0.0.1",
    port: config.port ?? 0,
    gatewaySecret: config.gatewaySecret,
    logger,
    exposeInternals: config.exposeInternals ?? false,
    createContext: (base) => ({ ...base, services, loaders: createCatalogueLoaders(dataSource) }),
    isReady: async () => (await dataSource.query("SELECT 1 AS ok"))[0]?.ok === 1,
    internalRoutes: (router) => mountEventFeed(router, () => dataSource, SCHEMA),
    onStop: () => dataSource.destroy(),
  });
  return { server, dataSource, services, queries, stop: () => server.stop() };
}
