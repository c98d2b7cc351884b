import type { EntityManager } from "typeorm";
import { Solution } from "../modules/solution/solution.entity";
import { SolutionStatus } from "../modules/solution/solution.enums";
import { recordSolutionChanged } from "../modules/solution/solution.events";
import type { SillSolution } from "./sill-solution";

export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

/** Who the status history names for rows the importer creates. */
export const SILL_IMPORT_ACTOR = "system:sill-import";

interface ExistingRow {
  id: string;
  sill_id: number;
  name: string;
  tagline: string;
  description: string;
  distribution: string;
  licences: string[];
  deployment: string;
  pricing_models: string[];
  target_publics: string[];
  wikidata_id: string | null;
  comptoir_du_libre_id: number | null;
  sill_recommendation: string | null;
  categories: string[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** True when the row already holds exactly what the record says (the importer-owned fields). */
function isUnchanged(row: ExistingRow, s: SillSolution): boolean {
  return (
    row.name === s.name &&
    row.tagline === s.tagline &&
    row.description === s.description &&
    row.distribution === s.distribution &&
    sameList(row.licences, s.licences) &&
    row.deployment === s.deployment &&
    sameList(row.pricing_models, s.pricingModels) &&
    sameList(row.target_publics, s.targetPublics) &&
    row.wikidata_id === s.wikidataId &&
    row.comptoir_du_libre_id === s.comptoirDuLibreId &&
    row.sill_recommendation === s.sillRecommendation &&
    sameList(row.categories, s.categories)
  );
}

/** Free slugs for new rows: the name's slug, else the slug suffixed with the SILL id. */
async function assignSlugs(m: EntityManager, rows: SillSolution[]): Promise<Map<number, string>> {
  const wanted = rows.flatMap((r) => [r.baseSlug, `${r.baseSlug}-${r.sillId}`]);
  const taken = new Set<string>(
    ((await m.query(`SELECT slug FROM catalogue.solution WHERE slug = ANY($1::text[])`, [wanted])) as { slug: string }[]).map(
      (t) => t.slug,
    ),
  );
  const slugs = new Map<number, string>();
  for (const r of rows) {
    let slug = taken.has(r.baseSlug) ? `${r.baseSlug}-${r.sillId}` : r.baseSlug;
    for (let i = 2; taken.has(slug); i++) slug = `${r.baseSlug}-${r.sillId}-${i}`;
    taken.add(slug);
    slugs.set(r.sillId, slug);
  }
  return slugs;
}

/**
 * Writes one batch in the caller's transaction: inserts new SILL records, updates the
 * ones that differ, leaves the others untouched, and records a SolutionChanged event
 * only for rows actually written.
 */
export async function writeSillBatch(m: EntityManager, batch: SillSolution[]): Promise<BatchOutcome> {
  const existing: ExistingRow[] = await m.query(
    `SELECT s.id, s.sill_id, s.name, s.tagline, s.description, s.distribution, s.licences, s.deployment, s.pricing_models,
            s.target_publics, s.wikidata_id, s.comptoir_du_libre_id, s.sill_recommendation,
            ARRAY(SELECT c.code FROM catalogue.solution_category sc JOIN catalogue.category c ON c.id = sc.category_id
                   WHERE sc.solution_id = s.id ORDER BY c.code) AS categories
       FROM catalogue.solution s WHERE s.sill_id = ANY($1::int[]) FOR UPDATE OF s`,
    [batch.map((b) => b.sillId)],
  );
  const bySillId = new Map(existing.map((e) => [e.sill_id, e]));
  const fresh = batch.filter((b) => !bySillId.has(b.sillId));
  const changed = batch.filter((b) => bySillId.has(b.sillId) && !isUnchanged(bySillId.get(b.sillId)!, b));
  const outcome = { created: fresh.length, updated: changed.length, unchanged: batch.length - fresh.length - changed.length };
  if (!fresh.length && !changed.length) return outcome;

  const slugs = await assignSlugs(m, fresh);
  const toWrite = [...fresh, ...changed].map((s) => ({
    id: bySillId.get(s.sillId)?.id ?? s.id,
    slug: slugs.get(s.sillId) ?? s.baseSlug,
    name: s.name,
    tagline: s.tagline,
    description: s.description,
    distribution: s.distribution,
    licences: s.licences,
    deployment: s.deployment,
    pricing_models: s.pricingModels,
    target_publics: s.targetPublics,
    sill_id: s.sillId,
    wikidata_id: s.wikidataId,
    comptoir_du_libre_id: s.comptoirDuLibreId,
    sill_recommendation: s.sillRecommendation,
    categories: s.categories,
  }));
  const written: {
    id: string;
    slug: string;
    name: string;
    supplier_id: string | null;
    status: string;
    version: number;
    is_demo: boolean;
    inserted: boolean;
  }[] = await m.query(
    `INSERT INTO catalogue.solution AS t (id, slug, name, tagline, description, distribution, licences, deployment, pricing_models,
              target_publics, sill_id, wikidata_id, comptoir_du_libre_id, sill_recommendation, status, published_at)
       SELECT r.id, r.slug, r.name, r.tagline, r.description, r.distribution,
              ARRAY(SELECT jsonb_array_elements_text(r.licences)), r.deployment,
              ARRAY(SELECT jsonb_array_elements_text(r.pricing_models)), ARRAY(SELECT jsonb_array_elements_text(r.target_publics)),
              r.sill_id, r.wikidata_id, r.comptoir_du_libre_id, r.sill_recommendation, $2, now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, slug text, name text, tagline text, description text, distribution text,
              licences jsonb, deployment text, pricing_models jsonb, target_publics jsonb, sill_id int, wikidata_id text,
              comptoir_du_libre_id int, sill_recommendation text)
       ON CONFLICT (sill_id) DO UPDATE SET
              name = EXCLUDED.name, tagline = EXCLUDED.tagline, description = EXCLUDED.description,
              distribution = EXCLUDED.distribution, licences = EXCLUDED.licences, deployment = EXCLUDED.deployment,
              pricing_models = EXCLUDED.pricing_models, target_publics = EXCLUDED.target_publics,
              wikidata_id = EXCLUDED.wikidata_id, comptoir_du_libre_id = EXCLUDED.comptoir_du_libre_id,
              sill_recommendation = EXCLUDED.sill_recommendation, updated_at = now(), version = t.version + 1
       RETURNING t.id, t.slug, t.name, t.supplier_id, t.status, t.version, t.is_demo, (t.xmax = 0) AS inserted`,
    [JSON.stringify(toWrite), SolutionStatus.PUBLISHED],
  );

  const ids = written.map((w) => w.id);
  await m.query(`DELETE FROM catalogue.solution_category WHERE solution_id = ANY($1::uuid[])`, [ids]);
  await m.query(
    `INSERT INTO catalogue.solution_category (solution_id, category_id)
     SELECT x.solution_id, c.id FROM jsonb_to_recordset($1::jsonb) AS x(solution_id uuid, code text)
       JOIN catalogue.category c ON c.code = x.code`,
    [JSON.stringify(toWrite.flatMap((w) => w.categories.map((code) => ({ solution_id: w.id, code }))))],
  );
  const inserted = written.filter((w) => w.inserted).map((w) => w.id);
  if (inserted.length) {
    await m.query(
      `INSERT INTO catalogue.solution_status_change (solution_id, from_status, to_status, actor_sub, reason)
       SELECT unnest($1::uuid[]), NULL, $2, $3, 'Import du SILL'`,
      [inserted, SolutionStatus.PUBLISHED, SILL_IMPORT_ACTOR],
    );
  }
  for (const w of written) {
    const s = m.create(Solution, {
      id: w.id,
      slug: w.slug,
      name: w.name,
      supplierId: w.supplier_id,
      status: w.status as SolutionStatus,
      version: w.version,
      isDemo: w.is_demo,
    });
    await recordSolutionChanged(m, s);
  }
  return outcome;
}
