import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { createTestDatabase, TestDatabase } from "@gouvtech/kit";
import { runImportSill } from "../src/import/run-import-sill";

const FIXTURE = join(__dirname, "fixtures", "sill-broken.json");

/** Captures what the CLI writes; `isTTY` chooses the bar or the periodic lines. */
const capture = (isTTY = false) => {
  const out = { text: "", isTTY, write: (chunk: string) => (out.text += chunk) };
  return out;
};
const run = async (args: string[], env: NodeJS.ProcessEnv, tty = false) => {
  const stdout = capture();
  const stderr = capture(tty);
  const code = await runImportSill(args, env, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
};

let db: TestDatabase;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  db = await createTestDatabase();
  env = { DATABASE_URL: db.url, DATABASE_EMBEDDED: db.embedded ? "true" : "false" };
});
afterAll(() => db.close());

/**
 * Reads the database once the CLI has closed its connection. PGlite serves one connection
 * and frees the slot a moment after the client left, so the first attempts may be refused.
 */
async function query<T>(text: string): Promise<T[]> {
  let client: Client | undefined;
  for (let attempt = 1; !client; attempt++) {
    const c = new Client({ connectionString: db.url });
    c.on("error", () => undefined);
    try {
      await c.connect();
      await c.query("SELECT 1");
      client = c;
    } catch (err) {
      await c.end().catch(() => undefined);
      if (attempt === 50) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("npm run import:sill", () => {
  test("without a file, prints the usage and fails", async () => {
    const r = await run([], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage : npm run import:sill -- FICHIER.json");
  });

  test("a missing file is a clear error", async () => {
    const r = await run(["/nonexistent/sill.json"], env);
    expect(r).toEqual({ code: 1, stdout: "", stderr: "Fichier introuvable : /nonexistent/sill.json\n" });
  });

  test("a file that is not JSON, or not a list of records, is a clear error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sill-cli-"));
    writeFileSync(join(dir, "broken.json"), "[{ oops");
    writeFileSync(join(dir, "object.json"), '{"name": "pas un export"}');
    const broken = await run([join(dir, "broken.json")], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^JSON invalide dans .*broken\.json : /);
    const object = await run([join(dir, "object.json")], env);
    expect(object.code).toBe(1);
    expect(object.stderr).toContain("doit contenir un tableau de fiches SILL");
  });

  test("without DATABASE_URL, says so", async () => {
    const r = await run([FIXTURE], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("DATABASE_URL est requise");
  });

  test("a file with broken records imports the good ones and reports the bad ones by id and reason", async () => {
    const r = await run([FIXTURE], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 created, 0 updated, 0 unchanged, 7 skipped");
    const reported = r.stdout.split("\n").filter((l) => l.startsWith("  - "));
    expect(reported).toEqual([
      "  - id 900 (position 2) : fiche invalide — _name : nom _name vide",
      "  - sans identifiant (position 4) : fiche invalide — _id : Expected number, received string",
      "  - id 902 (position 5) : licence « N/A » sans identifiant SPDX reconnu",
      "  - sans identifiant (position 6) : la fiche n'est pas un objet JSON",
      "  - id 1 (position 7) : identifiant SILL en double (déjà vu à la position 1)",
      expect.stringMatching(/^ {2}- id 903 \(position 8\) : fiche invalide — recommendationStatus : Invalid enum value/),
      "  - id 904 (position 9) : licence « Licence propriétaire maison » sans identifiant SPDX reconnu",
    ]);
    // Not a TTY: periodic lines rather than a redrawn bar.
    expect(r.stderr).toContain("Import du SILL : 100 % (3/3)\n");
    expect(r.stderr).not.toContain("\r");

    const rows = await query<{ sill_id: number; name: string }>(`SELECT sill_id, name FROM catalogue.solution ORDER BY sill_id`);
    expect(rows).toEqual([
      { sill_id: 1, name: "7zip" },
      { sill_id: 67, name: "Jitsi" },
      { sill_id: 84, name: "MariaDB" },
    ]);
  });

  test("running it again changes nothing, and a terminal gets a progress bar", async () => {
    const r = await run([FIXTURE], env, true);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 created, 0 updated, 3 unchanged, 7 skipped");
    expect(r.stderr).toContain("\rImport du SILL [");
    expect(r.stderr).toContain("100 % 3/3");
    const [{ n }] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM catalogue.outbox_event`);
    expect(n).toBe(3);
  });
});
