import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { parseGridFile, GridFile } from "./grid.file";
import { GridStatus } from "./grid.model";

/** Committed grid versions: services/assessment/grids/grid-v<n>.json (same depth from src/ and dist/). */
export const GRIDS_DIR = join(__dirname, "..", "..", "..", "grids");

export function readGridFiles(dir = GRIDS_DIR): GridFile[] {
  return readdirSync(dir)
    .filter((f) => /^grid-v\d+\.json$/.test(f))
    .map((f) => parseGridFile(JSON.parse(readFileSync(join(dir, f), "utf8")), f))
    .sort((a, b) => a.version - b.version);
}

/**
 * Inserts each committed grid version the database does not hold yet, in one transaction
 * per version. A stored version is never rewritten: assessments stay tied to it.
 */
export async function seedGrids(ds: DataSource, files: GridFile[] = readGridFiles()): Promise<number[]> {
  const stored = new Set<number>(
    ((await ds.query(`SELECT version FROM assessment.grid_version`)) as { version: number }[]).map((r) => r.version),
  );
  const added: number[] = [];
  for (const file of files.filter((f) => !stored.has(f.version))) {
    await ds.transaction(async (m) => {
      await m.query(`INSERT INTO assessment.grid_version (version, status, published_on) VALUES ($1, $2, $3)`, [
        file.version,
        GridStatus.PUBLISHED,
        file.publishedOn,
      ]);
      const themes = file.themes.map((t, i) => [t.code, t.label, i + 1]);
      await m.query(
        `INSERT INTO assessment.criteria_theme (grid_version, code, label, position)
         SELECT $1, t->>0, t->>1, (t->>2)::int FROM jsonb_array_elements($2::jsonb) t`,
        [file.version, JSON.stringify(themes)],
      );
      const criteria = file.themes.flatMap((t) =>
        t.criteria.map((c) => ({
          ...c,
          themeCode: t.code,
          levels: c.type === "LEVEL" ? (c.levels ?? file.defaultLevels) : null,
        })),
      );
      await m.query(
        `INSERT INTO assessment.criterion (grid_version, code, theme_code, position, label, help, answer_type, na_allowed,
                                           weight, eliminatory, reference, options, levels, thresholds)
         SELECT $1, c->>'code', c->>'themeCode', ord::int, c->>'label', c->>'help', c->>'type', (c->>'naAllowed')::boolean,
                (c->>'weight')::double precision, (c->>'eliminatory')::boolean, c->>'reference',
                NULLIF(c->'options', 'null'), NULLIF(c->'levels', 'null'), NULLIF(c->'thresholds', 'null')
           FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(c, ord)`,
        [file.version, JSON.stringify(criteria)],
      );
    });
    added.push(file.version);
  }
  return added;
}
