import { createDataSource, migrate } from "@gouvtech/kit";
import { readImportEnv } from "../config";
import { entities, migrations, SCHEMA } from "../entities";
import { seedReferential } from "../seed/seed-referential";
import { formatReport } from "./format-report";
import { importSill } from "./import-sill";
import { createProgressBar, ProgressStream } from "./progress-bar";
import { readSillFile, SillFileError } from "./read-sill-file";

export interface CliIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
}

const USAGE = "Usage : npm run import:sill -- FICHIER.json   (variable DATABASE_URL requise)";

/**
 * `npm run import:sill -- FILE`: migrates the catalogue schema, seeds the referential
 * data if missing, imports the file and prints a summary. Returns the exit code.
 */
export async function runImportSill(args: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let config;
  try {
    config = readImportEnv(env);
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  if (!config.DATABASE_URL) {
    io.stderr.write(`DATABASE_URL est requise (postgres://…) : indiquez la base du catalogue.\n${USAGE}\n`);
    return 2;
  }
  let records: unknown[];
  try {
    records = await readSillFile(file);
  } catch (err) {
    if (!(err instanceof SillFileError)) throw err;
    io.stderr.write(`${err.message}\n`);
    return 1;
  }

  const ds = createDataSource({
    url: config.DATABASE_URL,
    schema: SCHEMA,
    entities,
    migrations,
    poolSize: 1,
    embedded: config.DATABASE_EMBEDDED,
  });
  try {
    await migrate(ds, SCHEMA);
    await seedReferential(ds);
    const bar = createProgressBar(io.stderr, "Import du SILL");
    const report = await importSill(ds, records, { onProgress: (done, total) => bar.update(done, total) });
    bar.finish();
    io.stdout.write(formatReport(report, file));
    return 0;
  } catch (err) {
    io.stderr.write(`Import interrompu : ${(err as Error).message}\n`);
    return 1;
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}
