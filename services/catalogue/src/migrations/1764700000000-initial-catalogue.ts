import { MigrationInterface, QueryRunner } from "typeorm";
import { createOutboxSql, dropOutboxSql } from "@gouvtech/kit";

/** Catalogue tables, French full-text search maintained by triggers, and the event outbox. */
export class InitialCatalogue1764700000000 implements MigrationInterface {
  name = "InitialCatalogue1764700000000";

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE catalogue.supplier (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         name text NOT NULL,
         siren text UNIQUE CHECK (siren ~ '^[0-9]{9}$'),
         kind text NOT NULL CHECK (kind IN ('COMPANY','ASSOCIATION','PUBLIC_BODY')),
         website text,
         is_demo boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE catalogue.category (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         code text NOT NULL UNIQUE,
         label text NOT NULL,
         parent_id uuid REFERENCES catalogue.category(id),
         position int NOT NULL DEFAULT 0
       )`,
      `CREATE TABLE catalogue.purchasing_central (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         code text NOT NULL UNIQUE,
         name text NOT NULL,
         website text
       )`,
      `CREATE TABLE catalogue.solution (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         slug text NOT NULL UNIQUE,
         name text NOT NULL,
         tagline text NOT NULL DEFAULT '',
         description text NOT NULL DEFAULT '',
         logo_url text,
         website text,
         supplier_id uuid REFERENCES catalogue.supplier(id),
         distribution text NOT NULL CHECK (distribution IN ('OPEN_SOURCE','PROPRIETARY','HYBRID')),
         licences text[] NOT NULL DEFAULT '{}',
         deployment text NOT NULL CHECK (deployment IN ('ON_PREMISE','CLOUD','HYBRID')),
         pricing_models text[] NOT NULL DEFAULT '{}',
         target_publics text[] NOT NULL DEFAULT '{}',
         sill_id int UNIQUE,
         wikidata_id text,
         comptoir_du_libre_id int,
         sill_recommendation text,
         status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PENDING_REVIEW','PUBLISHED','REJECTED','ARCHIVED')),
         status_reason text,
         is_demo boolean NOT NULL DEFAULT false,
         search_vector tsvector NOT NULL DEFAULT ''::tsvector,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         published_at timestamptz,
         version int NOT NULL DEFAULT 1
       )`,
      `CREATE INDEX solution_search ON catalogue.solution USING gin (search_vector)`,
      `CREATE INDEX solution_status_name ON catalogue.solution (status, lower(name), id)`,
      `CREATE INDEX solution_supplier ON catalogue.solution (supplier_id)`,
      `CREATE TABLE catalogue.solution_category (
         solution_id uuid NOT NULL REFERENCES catalogue.solution(id) ON DELETE CASCADE,
         category_id uuid NOT NULL REFERENCES catalogue.category(id),
         PRIMARY KEY (solution_id, category_id)
       )`,
      `CREATE INDEX solution_category_category ON catalogue.solution_category (category_id)`,
      `CREATE TABLE catalogue.solution_purchasing_central (
         solution_id uuid NOT NULL REFERENCES catalogue.solution(id) ON DELETE CASCADE,
         purchasing_central_id uuid NOT NULL REFERENCES catalogue.purchasing_central(id),
         reference text,
         PRIMARY KEY (solution_id, purchasing_central_id)
       )`,
      `CREATE TABLE catalogue.solution_status_change (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         solution_id uuid NOT NULL REFERENCES catalogue.solution(id) ON DELETE CASCADE,
         from_status text,
         to_status text NOT NULL,
         actor_sub text NOT NULL,
         reason text,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      // Accent folding without the unaccent extension (PGlite lacks it): immutable, so usable in indexes.
      `CREATE FUNCTION catalogue.fold_fr(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         SELECT replace(replace(translate(lower(coalesce(t, '')),
           'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'), 'œ', 'oe'), 'æ', 'ae')
       $$`,
      `CREATE FUNCTION catalogue.solution_search_vector(s catalogue.solution) RETURNS tsvector LANGUAGE sql STABLE AS $$
         SELECT setweight(to_tsvector('french', catalogue.fold_fr(s.name)), 'A')
             || setweight(to_tsvector('french', catalogue.fold_fr(s.tagline)), 'B')
             || setweight(to_tsvector('french', catalogue.fold_fr(
                  (SELECT name FROM catalogue.supplier WHERE id = s.supplier_id))), 'B')
             || setweight(to_tsvector('french', catalogue.fold_fr(s.description)), 'C')
       $$`,
      `CREATE FUNCTION catalogue.solution_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           NEW.search_vector := catalogue.solution_search_vector(NEW);
           RETURN NEW;
         END
       $$`,
      `CREATE TRIGGER solution_search BEFORE INSERT OR UPDATE OF name, tagline, description, supplier_id
         ON catalogue.solution FOR EACH ROW EXECUTE FUNCTION catalogue.solution_search_trigger()`,
      `CREATE FUNCTION catalogue.supplier_rename_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           UPDATE catalogue.solution s SET search_vector = catalogue.solution_search_vector(s) WHERE s.supplier_id = NEW.id;
           RETURN NEW;
         END
       $$`,
      `CREATE TRIGGER supplier_rename AFTER UPDATE OF name ON catalogue.supplier
         FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION catalogue.supplier_rename_trigger()`,
      ...createOutboxSql("catalogue"),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dropOutboxSql("catalogue")) await q.query(sql);
    for (const t of [
      "solution_status_change",
      "solution_purchasing_central",
      "solution_category",
      "solution",
      "purchasing_central",
      "category",
      "supplier",
    ]) {
      await q.query(`DROP TABLE catalogue.${t}`);
    }
    await q.query(
      `DROP FUNCTION catalogue.supplier_rename_trigger, catalogue.solution_search_trigger, catalogue.solution_search_vector, catalogue.fold_fr`,
    );
  }
}
