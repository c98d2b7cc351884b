import { join } from "node:path";
import type { DataSource } from "typeorm";
import type { Logger } from "@gouvtech/kit";
import { importSill } from "../import/import-sill";
import { readSillFile } from "../import/read-sill-file";
import { seedDemo } from "./seed-demo";
import { seedReferential } from "./seed-referential";

/** The SILL export shipped with the catalogue (same path from src/seed and dist/seed). */
export const SHIPPED_SILL_FILE = join(__dirname, "..", "..", "data", "sill-softwares.json");

/**
 * Seeds the whole demo catalogue: referential data, the shipped SILL records and the demo
 * solutions of fictional suppliers. Idempotent (what exists is kept: the SILL records are
 * loaded only into a catalogue that has none, so a later real import is never rolled back)
 * and deterministic (ids derive from stable keys).
 */
export async function seedCatalogue(ds: DataSource, logger: Logger): Promise<void> {
  const referential = await seedReferential(ds);
  const [{ n }]: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM catalogue.solution WHERE sill_id IS NOT NULL`);
  let sill = "already present";
  if (n === 0) {
    const report = await importSill(ds, await readSillFile(SHIPPED_SILL_FILE));
    sill = `${report.created} created, ${report.skipped.length} skipped`;
  }
  const demo = await ds.transaction((m) => seedDemo(m));
  logger.info({ ...referential, sill, demoSuppliers: demo.suppliers, demoSolutions: demo.solutions }, "catalogue seeded");
}

/** Referential data only (every start): taxonomy and purchasing centrals when missing. */
export async function seedReferentialData(ds: DataSource, logger: Logger): Promise<void> {
  const referential = await seedReferential(ds);
  if (referential.categories || referential.purchasingCentrals) logger.info(referential, "referential data seeded");
}
