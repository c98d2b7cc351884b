import type { EntityManager } from "typeorm";
import { DEMO_SUPPLIERS, demoId } from "@gouvtech/kit";
import { Solution } from "../modules/solution/solution.entity";
import { SolutionStatus } from "../modules/solution/solution.enums";
import { recordSolutionChanged } from "../modules/solution/solution.events";
import { slugify } from "../modules/solution/solution.rules";
import { demoDescription } from "./demo-solution";
import { DEMO_SOLUTIONS } from "./demo-solutions";

/** Who the status history names for seeded demo rows. */
export const DEMO_SEED_ACTOR = "system:demo-seed";

export const demoSolutionId = (key: string) => demoId("solution", key);

/** Inserts the demo suppliers and solutions that are missing; returns how many solutions it added. */
export async function seedDemo(m: EntityManager): Promise<{ suppliers: number; solutions: number }> {
  const suppliers: unknown[] = await m.query(
    `INSERT INTO catalogue.supplier (id, name, siren, kind, website, is_demo)
     SELECT r.id, r.name, r.siren, r.kind, r.website, true
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, siren text, kind text, website text)
     ON CONFLICT DO NOTHING RETURNING id`,
    [JSON.stringify(DEMO_SUPPLIERS)],
  );
  const rows = DEMO_SOLUTIONS.map((s) => {
    const supplier = DEMO_SUPPLIERS.find((d) => d.key === s.supplier)!;
    const slug = slugify(s.name);
    return {
      id: demoSolutionId(s.key),
      slug,
      name: s.name,
      tagline: s.tagline,
      description: demoDescription(s),
      website: `${supplier.website}/${slug}`,
      supplier_id: supplier.id,
      distribution: s.distribution,
      licences: s.licences,
      deployment: s.deployment,
      pricing_models: s.pricing,
      target_publics: s.publics,
      status: s.status,
      categories: s.categories,
      centrals: s.centrals,
    };
  });
  const inserted: { id: string; slug: string; name: string; supplier_id: string; status: string; version: number }[] = await m.query(
    `INSERT INTO catalogue.solution (id, slug, name, tagline, description, website, supplier_id, distribution, licences, deployment,
            pricing_models, target_publics, status, published_at, is_demo)
     SELECT r.id, r.slug, r.name, r.tagline, r.description, r.website, r.supplier_id, r.distribution,
            ARRAY(SELECT jsonb_array_elements_text(r.licences)), r.deployment,
            ARRAY(SELECT jsonb_array_elements_text(r.pricing_models)), ARRAY(SELECT jsonb_array_elements_text(r.target_publics)),
            r.status, CASE WHEN r.status = 'PUBLISHED' THEN now() END, true
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, slug text, name text, tagline text, description text, website text,
            supplier_id uuid, distribution text, licences jsonb, deployment text, pricing_models jsonb, target_publics jsonb, status text)
     ON CONFLICT DO NOTHING RETURNING id, slug, name, supplier_id, status, version`,
    [JSON.stringify(rows)],
  );
  if (!inserted.length) return { suppliers: suppliers.length, solutions: 0 };

  const added = new Set(inserted.map((i) => i.id));
  const fresh = rows.filter((r) => added.has(r.id));
  await m.query(
    `INSERT INTO catalogue.solution_category (solution_id, category_id)
     SELECT x.solution_id, c.id FROM jsonb_to_recordset($1::jsonb) AS x(solution_id uuid, code text)
       JOIN catalogue.category c ON c.code = x.code
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(fresh.flatMap((r) => r.categories.map((code) => ({ solution_id: r.id, code }))))],
  );
  await m.query(
    `INSERT INTO catalogue.solution_purchasing_central (solution_id, purchasing_central_id, reference)
     SELECT x.solution_id, pc.id, x.reference FROM jsonb_to_recordset($1::jsonb) AS x(solution_id uuid, code text, reference text)
       JOIN catalogue.purchasing_central pc ON pc.code = x.code
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(fresh.flatMap((r) => r.centrals.map((c) => ({ solution_id: r.id, code: c.code, reference: c.reference }))))],
  );
  await m.query(
    `INSERT INTO catalogue.solution_status_change (solution_id, from_status, to_status, actor_sub, reason)
     SELECT r.id, NULL, r.status, $2, 'Données de démonstration' FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, status text)`,
    [JSON.stringify(inserted.map((i) => ({ id: i.id, status: i.status }))), DEMO_SEED_ACTOR],
  );
  for (const i of inserted) {
    await recordSolutionChanged(
      m,
      m.create(Solution, {
        id: i.id,
        slug: i.slug,
        name: i.name,
        supplierId: i.supplier_id,
        status: i.status as SolutionStatus,
        version: i.version,
        isDemo: true,
      }),
    );
  }
  return { suppliers: suppliers.length, solutions: inserted.length };
}
