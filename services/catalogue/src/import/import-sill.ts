import type { DataSource } from "typeorm";
import { SILL_CATEGORY_CODES } from "./sill-categories";
import { writeSillBatch } from "./sill-batch-writer";
import { describeIssues, SillRecord, sillRecordSchema } from "./sill-record";
import { SillRecordError, SillSolution, toSillSolution } from "./sill-solution";

/** A record left out, with why (French, shown to whoever runs the import). */
export interface SkippedRecord {
  /** Position in the file, from 1. */
  position: number;
  /** The record's SILL id when it has a usable one. */
  sillId: number | null;
  reason: string;
}

export interface ImportWarning {
  sillId: number;
  message: string;
}

export interface ImportReport {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: SkippedRecord[];
  warnings: ImportWarning[];
}

export interface ImportOptions {
  /** Records written per transaction. */
  batchSize?: number;
  /** Called after each batch with the number of records processed so far. */
  onProgress?: (done: number, total: number) => void;
}

const idOf = (raw: unknown): number | null => {
  const id = (raw as { _id?: unknown } | null)?._id;
  return typeof id === "number" && Number.isInteger(id) ? id : null;
};

/** Validates every record; the bad ones are reported, never thrown. */
function validate(input: unknown[]): { records: { record: SillRecord; position: number }[]; skipped: SkippedRecord[] } {
  const records: { record: SillRecord; position: number }[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Map<number, number>();
  input.forEach((raw, i) => {
    const position = i + 1;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      skipped.push({ position, sillId: null, reason: "la fiche n'est pas un objet JSON" });
      return;
    }
    const parsed = sillRecordSchema.safeParse(raw);
    if (!parsed.success) {
      skipped.push({ position, sillId: idOf(raw), reason: `fiche invalide — ${describeIssues(parsed.error)}` });
      return;
    }
    const first = seen.get(parsed.data._id);
    if (first !== undefined) {
      skipped.push({ position, sillId: parsed.data._id, reason: `identifiant SILL en double (déjà vu à la position ${first})` });
      return;
    }
    seen.set(parsed.data._id, position);
    records.push({ record: parsed.data, position });
  });
  return { records, skipped };
}

/** The catalogue needs the taxonomy the rules point at (seeded as referential data). */
async function assertTaxonomy(ds: DataSource): Promise<void> {
  const found: { code: string }[] = await ds.query(`SELECT code FROM catalogue.category WHERE code = ANY($1::text[])`, [
    SILL_CATEGORY_CODES,
  ]);
  const missing = SILL_CATEGORY_CODES.filter((c) => !found.some((f) => f.code === c));
  if (missing.length) throw new Error(`taxonomy incomplete, seed the referential data first (missing: ${missing.join(", ")})`);
}

/**
 * Imports SILL records into the catalogue, keyed by SILL id: new records are created,
 * changed ones updated, identical ones left alone (a second run writes nothing). Each
 * batch is one transaction; a bad record is skipped and reported, never half-written.
 */
export async function importSill(ds: DataSource, input: unknown[], opts: ImportOptions = {}): Promise<ImportReport> {
  await assertTaxonomy(ds);
  const { records, skipped } = validate(input);
  const byId = new Map(records.map((r) => [r.record._id, r.record]));
  const solutions: SillSolution[] = [];
  const warnings: ImportWarning[] = [];
  for (const { record, position } of records) {
    const link = record.parentSoftware;
    const parentRecord = link?.softwareId === undefined ? undefined : byId.get(link.softwareId);
    const parent = parentRecord
      ? { name: parentRecord._name, function: parentRecord._function }
      : link?.softwareName
        ? { name: link.softwareName }
        : undefined;
    try {
      const built = toSillSolution(record, parent);
      solutions.push(built.solution);
      warnings.push(...built.warnings.map((message) => ({ sillId: record._id, message })));
    } catch (err) {
      if (!(err instanceof SillRecordError)) throw err;
      skipped.push({ position, sillId: record._id, reason: err.message });
    }
  }
  skipped.sort((a, b) => a.position - b.position);

  const report: ImportReport = { total: input.length, created: 0, updated: 0, unchanged: 0, skipped, warnings };
  const size = Math.max(1, opts.batchSize ?? 100);
  opts.onProgress?.(0, solutions.length);
  for (let i = 0; i < solutions.length; i += size) {
    const outcome = await ds.transaction((m) => writeSillBatch(m, solutions.slice(i, i + size)));
    report.created += outcome.created;
    report.updated += outcome.updated;
    report.unchanged += outcome.unchanged;
    opts.onProgress?.(Math.min(i + size, solutions.length), solutions.length);
  }
  return report;
}
