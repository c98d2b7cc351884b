import type { GraphQLSchema } from "graphql";
import type { DataSource, EntitySchema, MixedList } from "typeorm";
import { createDataSource, migrate } from "../database/create-data-source";
import { QueryCounter } from "../database/query-counter";
import { EventConsumer, EventHandler } from "../outbox/event-consumer";
import { mountEventFeed } from "../outbox/event-feed-route";
import type { BaseContext } from "./context";
import { createLogger, Logger } from "./logger";
import { RunningServer, startSubgraph, stopOnSignals } from "./start-subgraph";

/** What makes one subgraph: its schema name, tables, GraphQL schema, services and event feeds it reads. */
export interface SubgraphDefinition<TServices, TContext extends BaseContext> {
  /** Subgraph name, also its Postgres schema. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  buildSchema: () => Promise<GraphQLSchema>;
  createServices: (ds: DataSource) => TServices;
  /** Per-request context: loaders are created here, once per request. */
  createContext: (base: BaseContext, ds: DataSource, services: TServices) => TContext;
  /** Runs after migrations, before serving (referential data, seeds). */
  afterMigrate?: (ds: DataSource, logger: Logger) => Promise<void>;
  /** Event handlers per producing subgraph (its feed is pulled by an EventConsumer). */
  consumes?: (services: TServices) => Record<string, Record<string, EventHandler>>;
  /**
   * Feeds read the same way but that readiness does not wait for: derived data (scores,
   * ratings to sort by) that may lag, from producers that may themselves consume this one.
   */
  follows?: (services: TServices, logger: Logger) => Record<string, Record<string, EventHandler>>;
}

/** Where and how one instance runs. */
export interface SubgraphRuntime {
  databaseUrl: string;
  /** The database is a PGlite socket (one connection). */
  embedded: boolean;
  poolSize?: number;
  host?: string;
  port?: number;
  gatewaySecret: string;
  exposeInternals?: boolean;
  logger?: Logger;
  /** Base URL of each producer whose feed this subgraph consumes, by name. */
  sources?: Record<string, string>;
  /** Poll the feeds in the background (tests drain them with `syncOnce()` instead). */
  pollEvents?: boolean;
  pollIntervalMs?: number;
}

export interface BootedSubgraph<TServices> {
  server: RunningServer;
  dataSource: DataSource;
  services: TServices;
  /** One consumer per producer this subgraph reads (consumed or followed). */
  consumers: Map<string, EventConsumer>;
  /** Counts SQL statements (tests guard the batching rule with it). */
  queries: QueryCounter;
  stop(): Promise<void>;
}

/** Connects, migrates, serves a subgraph with its signed event feed, and consumes the feeds it reads. */
export async function bootSubgraph<TServices, TContext extends BaseContext>(
  def: SubgraphDefinition<TServices, TContext>,
  rt: SubgraphRuntime,
): Promise<BootedSubgraph<TServices>> {
  const logger = rt.logger ?? createLogger(def.name);
  const queries = new QueryCounter((level, msg) => logger[level](msg));
  const dataSource = createDataSource({
    url: rt.databaseUrl,
    schema: def.name,
    entities: def.entities,
    migrations: def.migrations,
    poolSize: rt.poolSize ?? 10,
    embedded: rt.embedded,
    logger: queries,
  });
  await migrate(dataSource, def.name);
  await def.afterMigrate?.(dataSource, logger);
  const services = def.createServices(dataSource);
  const consumers = new Map<string, EventConsumer>();
  const gating: EventConsumer[] = [];
  const feeds = [
    ...Object.entries(def.consumes?.(services) ?? {}).map(([source, handlers]) => ({ source, handlers, gates: true })),
    ...Object.entries(def.follows?.(services, logger) ?? {}).map(([source, handlers]) => ({ source, handlers, gates: false })),
  ];
  for (const { source, handlers, gates } of feeds) {
    const sourceUrl = rt.sources?.[source];
    if (!sourceUrl) continue;
    const consumer = new EventConsumer({
      source,
      sourceUrl,
      schema: def.name,
      dataSource,
      gatewaySecret: rt.gatewaySecret,
      handlers,
      logger,
      pollIntervalMs: rt.pollIntervalMs,
    });
    consumers.set(source, consumer);
    if (gates) gating.push(consumer);
  }
  const polling = rt.pollEvents ?? true;
  const server = await startSubgraph<TContext>({
    name: def.name,
    schema: await def.buildSchema(),
    host: rt.host ?? "127.0.0.1",
    port: rt.port ?? 0,
    gatewaySecret: rt.gatewaySecret,
    logger,
    exposeInternals: rt.exposeInternals ?? false,
    createContext: (base) => def.createContext(base, dataSource, services),
    // Ready once the database answers and every polled feed it consumes has been caught up since start.
    isReady: async () => (!polling || gating.every((c) => c.caughtUp)) && (await dataSource.query("SELECT 1 AS ok"))[0]?.ok === 1,
    internalRoutes: (router) => mountEventFeed(router, () => dataSource, def.name),
    onStop: async () => {
      for (const consumer of consumers.values()) await consumer.stop();
      await dataSource.destroy();
    },
  });
  if (polling) for (const consumer of consumers.values()) consumer.start();
  return { server, dataSource, services, consumers, queries, stop: () => server.stop() };
}

/** The runtime every subgraph reads from its environment (see subgraphEnvSchema). */
export function runtimeFromEnv(
  env: {
    DATABASE_URL?: string;
    DATABASE_EMBEDDED: boolean;
    DATABASE_POOL_SIZE: number;
    HOST: string;
    PORT: number;
    GATEWAY_SECRET: string;
    NODE_ENV: string;
    EVENT_POLL_INTERVAL_MS: number;
  },
  logger: Logger,
  sources: Record<string, string> = {},
): SubgraphRuntime {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is required (npm start provides an embedded PostgreSQL)");
  return {
    databaseUrl: env.DATABASE_URL,
    embedded: env.DATABASE_EMBEDDED,
    poolSize: env.DATABASE_POOL_SIZE,
    host: env.HOST,
    port: env.PORT,
    gatewaySecret: env.GATEWAY_SECRET,
    exposeInternals: env.NODE_ENV === "development",
    logger,
    sources,
    pollIntervalMs: env.EVENT_POLL_INTERVAL_MS,
  };
}

/** Entry point of a subgraph process: start, stop on signals, exit with a clear message on failure. */
export function runSubgraphProcess(name: string, logLevel: string, start: (logger: Logger) => Promise<{ stop(): Promise<void> }>): void {
  const logger = createLogger(name, logLevel);
  start(logger)
    .then((service) => stopOnSignals(service.stop, logger))
    .catch((err) => {
      logger.fatal({ err: err instanceof Error ? err.message : String(err) }, `${name} failed to start`);
      process.exit(1);
    });
}
