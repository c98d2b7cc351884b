import type { DataSource } from "typeorm";
import { demoId } from "@gouvtech/kit";
import { PURCHASING_CENTRALS } from "./purchasing-centrals";
import { TAXONOMY } from "./taxonomy";

export interface ReferentialOutcome {
  categories: number;
  purchasingCentrals: number;
}

/**
 * Seeds the referential data every install needs (taxonomy, purchasing centrals) when
 * missing: existing codes are left as they are, so a second run adds nothing. Ids are
 * derived from the codes, so every install agrees on them.
 */
export async function seedReferential(ds: DataSource): Promise<ReferentialOutcome> {
  return ds.transaction(async (m) => {
    const rows = TAXONOMY.map((c) => ({ ...c, id: demoId("category", c.code) }));
    const themes: unknown[] = await m.query(
      `INSERT INTO catalogue.category (id, code, label, parent_id, position)
       SELECT r.id, r.code, r.label, NULL, r.position FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, code text, label text, position int)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [JSON.stringify(rows.filter((r) => r.parentCode === null))],
    );
    const needs: unknown[] = await m.query(
      `INSERT INTO catalogue.category (id, code, label, parent_id, position)
       SELECT r.id, r.code, r.label, p.id, r.position
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, code text, label text, "parentCode" text, position int)
         JOIN catalogue.category p ON p.code = r."parentCode"
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [JSON.stringify(rows.filter((r) => r.parentCode !== null))],
    );
    const centrals: unknown[] = await m.query(
      `INSERT INTO catalogue.purchasing_central (id, code, name, website)
       SELECT r.id, r.code, r.name, r.website FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, code text, name text, website text)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [JSON.stringify(PURCHASING_CENTRALS.map((c) => ({ ...c, id: demoId("purchasing-central", c.code) })))],
    );
    return { categories: themes.length + needs.length, purchasingCentrals: centrals.length };
  });
}
