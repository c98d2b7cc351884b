import { readFileSync } from "node:fs";
import { join } from "node:path";

/** services/catalogue, from src/seed as from dist/seed. */
export const CATALOGUE_ROOT = join(__dirname, "..", "..");

/**
 * Reads a JSON data file of the catalogue package (path relative to services/catalogue).
 * Data files stay where they are written (src/…, data/…) rather than being compiled in:
 * the composite build does not list JSON files. Callers validate what they read.
 */
export function readDataFile(relative: string): unknown {
  return JSON.parse(readFileSync(join(CATALOGUE_ROOT, relative), "utf8"));
}
