import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Client } from "pg";
import { dumpEmptyDataDir, startEmbeddedPostgres } from "../database/embedded-postgres";

export interface TestDatabase {
  url: string;
  /** True on PGlite: the pool must have one connection. */
  embedded: boolean;
  close(): Promise<void>;
}

const PGLITE_VERSION = (
  JSON.parse(readFileSync(join(dirname(require.resolve("@electric-sql/pglite")), "..", "package.json"), "utf8")) as { version: string }
).version;

/** initdb takes seconds on PGlite: do it once per machine and start each test database from the tarball. */
async function emptyDataDir(): Promise<Blob> {
  const file = join(tmpdir(), `gouvtech-pglite-${PGLITE_VERSION}-empty.tar`);
  if (!existsSync(file)) {
    const blob = await dumpEmptyDataDir();
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

/**
 * A fresh, empty database for one test file: a new database on the server named by
 * TEST_DATABASE_URL (dropped afterwards), or else a new in-memory PGlite engine.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `gouvtech_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      embedded: false,
      async close() {
        const c = new Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const engine = await startEmbeddedPostgres({ loadDataDir: await emptyDataDir() });
  return { url: engine.url, embedded: true, close: () => engine.stop() };
}
