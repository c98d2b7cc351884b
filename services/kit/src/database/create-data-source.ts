import { DataSource, Logger, MixedList, EntitySchema } from "typeorm";

export interface DataSourceOptions {
  url: string;
  /** Postgres schema the subgraph owns, e.g. "catalogue". */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Pool size; forced to 1 for the embedded engine (one session). */
  poolSize: number;
  embedded: boolean;
  logger?: Logger;
}

/** The one way a subgraph reaches PostgreSQL, embedded (PGlite socket) or real. */
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: opts.url,
    schema: opts.schema,
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    synchronize: false,
    uuidExtension: "pgcrypto",
    installExtensions: false,
    logger: opts.logger,
    logging: opts.logger ? true : false,
    maxQueryExecutionTime: 500,
    extra: {
      max: opts.embedded ? 1 : opts.poolSize,
      // With one connection, a request waiting on the pool must fail rather than hang.
      connectionTimeoutMillis: 15_000,
      application_name: `gouvtech-${opts.schema}`,
    },
  });
}

/** Creates the subgraph's schema if needed, then runs its committed migrations. */
export async function migrate(ds: DataSource, schema: string): Promise<void> {
  if (!ds.isInitialized) await ds.initialize();
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  await ds.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await ds.runMigrations({ transaction: "each" });
}
