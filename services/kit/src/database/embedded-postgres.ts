import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  /** postgres:// URL of the socket server, on loopback. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder where the database persists; in memory when absent. */
  dataDir?: string;
  /** Pre-initialised data directory (tarball from `dumpDataDir`), to skip initdb. */
  loadDataDir?: Blob;
  port?: number;
  host?: string;
}

/**
 * Starts PGlite (the PostgreSQL engine compiled to WASM) behind a Postgres wire-protocol
 * socket so the ordinary `pg` driver talks to it. PGlite has one session: the server
 * accepts one connection, so the pool using it must have exactly one connection
 * (see createDataSource); each subgraph gets its own instance.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const db = await PGlite.create({ dataDir: opts.dataDir, loadDataDir: opts.loadDataDir });
  const host = opts.host ?? "127.0.0.1";
  const server = new PGLiteSocketServer({ db, host, port: opts.port ?? 0, maxConnections: 1 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.slice(address.lastIndexOf(":") + 1));
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** A freshly initialised, empty data directory as a tarball (for fast test databases). */
export async function dumpEmptyDataDir(): Promise<Blob> {
  const db = await PGlite.create();
  try {
    return await db.dumpDataDir("none");
  } finally {
    await db.close();
  }
}
