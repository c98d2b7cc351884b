import type { DataSource } from "typeorm";
import { SUPPLIER_A, SUPPLIER_B } from "./harness";

/** Referential rows every catalogue test can rely on. */
export async function seedReferential(ds: DataSource): Promise<void> {
  await ds.query(
    `INSERT INTO catalogue.supplier (id, name, kind) VALUES ($1, 'Éditeur Alpha', 'COMPANY'), ($2, 'Coopérative Beta', 'ASSOCIATION')`,
    [SUPPLIER_A, SUPPLIER_B],
  );
  await ds.query(
    `INSERT INTO catalogue.category (code, label, position) VALUES ('collaboration', 'Collaboration', 1), ('cybersecurite', 'Cybersécurité', 2)`,
  );
  await ds.query(
    `INSERT INTO catalogue.category (code, label, parent_id, position)
     SELECT 'collaboration.messagerie', 'Messagerie', id, 1 FROM catalogue.category WHERE code = 'collaboration'
     UNION ALL SELECT 'cybersecurite.antivirus', 'Antivirus', id, 1 FROM catalogue.category WHERE code = 'cybersecurite'`,
  );
  await ds.query(`INSERT INTO catalogue.purchasing_central (code, name) VALUES ('UGAP', 'UGAP'), ('CAIH', 'CAIH')`);
}

export interface SolutionRow {
  name: string;
  status?: string;
  supplierId?: string | null;
  distribution?: string;
  deployment?: string;
  licences?: string[];
  tagline?: string;
  description?: string;
  targetPublics?: string[];
  categories?: string[];
  centrals?: string[];
}

/** Inserts solutions directly (fixtures), returning their ids in order. */
export async function insertSolutions(ds: DataSource, rows: SolutionRow[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, r] of rows.entries()) {
    const [{ id }] = await ds.query(
      `INSERT INTO catalogue.solution (slug, name, tagline, description, supplier_id, distribution, licences, deployment, target_publics, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        `${r.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${i}-${Math.random().toString(36).slice(2, 8)}`,
        r.name,
        r.tagline ?? "",
        r.description ?? "",
        r.supplierId === undefined ? SUPPLIER_A : r.supplierId,
        r.distribution ?? "PROPRIETARY",
        r.licences ?? [],
        r.deployment ?? "CLOUD",
        r.targetPublics ?? [],
        r.status ?? "PUBLISHED",
      ],
    );
    for (const code of r.categories ?? []) {
      await ds.query(
        `INSERT INTO catalogue.solution_category (solution_id, category_id) SELECT $1, id FROM catalogue.category WHERE code = $2`,
        [id, code],
      );
    }
    for (const code of r.centrals ?? []) {
      await ds.query(
        `INSERT INTO catalogue.solution_purchasing_central (solution_id, purchasing_central_id, reference) SELECT $1, id, 'REF-' || $2 FROM catalogue.purchasing_central WHERE code = $2`,
        [id, code],
      );
    }
    ids.push(id);
  }
  return ids;
}

/** A snapshot of the rows a mutation may touch, to assert that nothing changed. */
export async function snapshot(ds: DataSource): Promise<unknown> {
  const [solutions, links, listings, changes, events] = await Promise.all([
    ds.query(`SELECT id, name, status, version, licences, updated_at FROM catalogue.solution ORDER BY id`),
    ds.query(`SELECT * FROM catalogue.solution_category ORDER BY solution_id, category_id`),
    ds.query(`SELECT * FROM catalogue.solution_purchasing_central ORDER BY solution_id, purchasing_central_id`),
    ds.query(`SELECT count(*)::int AS n FROM catalogue.solution_status_change`),
    ds.query(`SELECT count(*)::int AS n FROM catalogue.outbox_event`),
  ]);
  return { solutions, links, listings, changes, events };
}
