import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { EmbeddedPostgres, startEmbeddedPostgres } from "@gouvtech/kit";

/**
 * One PGlite engine per subgraph (PGlite has a single session), each persisted in
 * `<dataDir>/pglite/<subgraph>` and served on a loopback socket.
 */
export async function startEngines(names: string[], dataDir: string): Promise<Map<string, EmbeddedPostgres>> {
  const engines = new Map<string, EmbeddedPostgres>();
  try {
    for (const name of names) {
      const dir = join(dataDir, "pglite", name);
      mkdirSync(dir, { recursive: true });
      engines.set(name, await startEmbeddedPostgres({ dataDir: dir }));
    }
  } catch (err) {
    await stopEngines(engines);
    throw err;
  }
  return engines;
}

export async function stopEngines(engines: Map<string, EmbeddedPostgres>): Promise<void> {
  for (const engine of [...engines.values()].reverse()) await engine.stop().catch(() => undefined);
  engines.clear();
}
