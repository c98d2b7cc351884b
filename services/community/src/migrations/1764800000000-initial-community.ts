import { MigrationInterface, QueryRunner } from "typeorm";
import { createInboxSql, createOutboxSql, createSolutionProjectionSql, dropInboxSql, dropOutboxSql } from "@gouvtech/kit";

const RATING = (column: string, nullable = true) => `${column} smallint ${nullable ? "" : "NOT NULL "}CHECK (${column} BETWEEN 1 AND 5)`;

/**
 * Community tables: the projection of catalogue solutions, pseudonymised authors, reviews,
 * replies, flags, anomaly reports, rating aggregates, the audit log, outbox and inbox cursor.
 */
export class InitialCommunity1764800000000 implements MigrationInterface {
  name = "InitialCommunity1764800000000";

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      ...createSolutionProjectionSql("community"),
      // Demo reviews are created once, the first time a solution is seen published.
      `ALTER TABLE community.solution_projection ADD COLUMN demo_seeded boolean NOT NULL DEFAULT false`,
      // The only link between an agent and their pseudonym: deleting this row erases it.
      `CREATE TABLE community.author (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         agent_sub text NOT NULL UNIQUE,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE community.review (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         solution_id uuid NOT NULL,
         author_id uuid NOT NULL REFERENCES community.author(id) ON DELETE CASCADE,
         administration text NOT NULL,
         ${RATING("rating", false)},
         ${RATING("ease_of_use")},
         ${RATING("functional_fit")},
         ${RATING("support_quality")},
         ${RATING("value_for_money")},
         usage_duration text,
         usage_users text,
         usage_deployment text,
         title text NOT NULL,
         body text NOT NULL,
         status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','PUBLISHED','REJECTED')),
         rejection_reason text,
         is_demo boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         published_at timestamptz,
         version int NOT NULL DEFAULT 1,
         UNIQUE (solution_id, author_id)
       )`,
      `CREATE INDEX review_solution_published ON community.review (solution_id, published_at DESC) WHERE status = 'PUBLISHED'`,
      `CREATE INDEX review_pending ON community.review (updated_at) WHERE status = 'PENDING'`,
      `CREATE INDEX review_author ON community.review (author_id)`,
      `CREATE TABLE community.review_reply (
         review_id uuid PRIMARY KEY REFERENCES community.review(id) ON DELETE CASCADE,
         supplier_id uuid NOT NULL,
         body text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE community.review_flag (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         review_id uuid NOT NULL REFERENCES community.review(id) ON DELETE CASCADE,
         flagger_id uuid NOT NULL REFERENCES community.author(id) ON DELETE CASCADE,
         reason text NOT NULL,
         status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
         created_at timestamptz NOT NULL DEFAULT now(),
         UNIQUE (review_id, flagger_id)
       )`,
      `CREATE INDEX review_flag_open ON community.review_flag (review_id) WHERE status = 'OPEN'`,
      `CREATE TABLE community.anomaly_report (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         solution_id uuid NOT NULL,
         category text NOT NULL,
         body text NOT NULL,
         contact_email text,
         status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','FORWARDED','RESOLVED','DISMISSED')),
         status_reason text,
         is_demo boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         forwarded_at timestamptz
       )`,
      `CREATE INDEX anomaly_report_solution ON community.anomaly_report (solution_id, created_at DESC)`,
      `CREATE INDEX anomaly_report_status ON community.anomaly_report (status, created_at)`,
      `CREATE TABLE community.rating_aggregate (
         solution_id uuid PRIMARY KEY,
         count int NOT NULL,
         average numeric(3,2),
         distribution int[] NOT NULL,
         dimensions jsonb NOT NULL,
         version int NOT NULL DEFAULT 1,
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE community.audit_entry (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         actor_sub text NOT NULL,
         action text NOT NULL,
         target_type text NOT NULL,
         target_id uuid NOT NULL,
         solution_id uuid,
         reason text,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX audit_entry_created ON community.audit_entry (created_at DESC, id)`,
      `CREATE INDEX audit_entry_target ON community.audit_entry (target_id)`,
      ...createOutboxSql("community"),
      ...createInboxSql("community"),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of [...dropInboxSql("community"), ...dropOutboxSql("community")]) await q.query(sql);
    for (const t of [
      "audit_entry",
      "rating_aggregate",
      "anomaly_report",
      "review_flag",
      "review_reply",
      "review",
      "author",
      "solution_projection",
    ]) {
      await q.query(`DROP TABLE community.${t}`);
    }
  }
}
