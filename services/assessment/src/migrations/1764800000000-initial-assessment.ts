import { MigrationInterface, QueryRunner } from "typeorm";
import { createInboxSql, createOutboxSql, createSolutionProjectionSql, dropInboxSql, dropOutboxSql } from "@gouvtech/kit";

/** Grid referential, assessments with answers and stored scores, the solution projection, outbox and inbox cursor. */
export class InitialAssessment1764800000000 implements MigrationInterface {
  name = "InitialAssessment1764800000000";

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE assessment.grid_version (
         version int PRIMARY KEY CHECK (version > 0),
         status text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED','RETIRED')),
         published_on date,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE assessment.criteria_theme (
         grid_version int NOT NULL REFERENCES assessment.grid_version(version),
         code text NOT NULL,
         label text NOT NULL,
         position int NOT NULL,
         PRIMARY KEY (grid_version, code)
       )`,
      `CREATE TABLE assessment.criterion (
         grid_version int NOT NULL,
         code text NOT NULL,
         theme_code text NOT NULL,
         position int NOT NULL,
         label text NOT NULL,
         help text NOT NULL,
         answer_type text NOT NULL CHECK (answer_type IN ('YES_NO','LEVEL','PERCENT','CHOICE','NUMBER')),
         na_allowed boolean NOT NULL,
         weight double precision NOT NULL CHECK (weight > 0),
         eliminatory boolean NOT NULL,
         reference text,
         options jsonb,
         levels jsonb,
         thresholds jsonb,
         PRIMARY KEY (grid_version, code),
         FOREIGN KEY (grid_version, theme_code) REFERENCES assessment.criteria_theme(grid_version, code)
       )`,
      ...createSolutionProjectionSql("assessment"),
      `CREATE TABLE assessment.assessment (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         solution_id uuid NOT NULL,
         grid_version int NOT NULL REFERENCES assessment.grid_version(version),
         status text NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','RETURNED','PUBLISHED')),
         version int NOT NULL DEFAULT 1,
         is_current boolean NOT NULL DEFAULT false CHECK (NOT is_current OR status = 'PUBLISHED'),
         return_reason text,
         overall_score double precision,
         completeness double precision,
         failed_eliminatory text[] NOT NULL DEFAULT '{}',
         is_demo boolean NOT NULL DEFAULT false,
         created_by text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         submitted_at timestamptz,
         published_at timestamptz,
         published_by text
       )`,
      // At most one assessment in progress and exactly one current per solution.
      `CREATE UNIQUE INDEX assessment_one_open ON assessment.assessment (solution_id) WHERE status IN ('DRAFT','SUBMITTED','RETURNED')`,
      `CREATE UNIQUE INDEX assessment_one_current ON assessment.assessment (solution_id) WHERE is_current`,
      `CREATE INDEX assessment_history ON assessment.assessment (solution_id, published_at DESC) WHERE status = 'PUBLISHED'`,
      `CREATE INDEX assessment_queue ON assessment.assessment (status, submitted_at)`,
      `CREATE TABLE assessment.answer (
         assessment_id uuid NOT NULL REFERENCES assessment.assessment(id) ON DELETE CASCADE,
         criterion_code text NOT NULL,
         not_applicable boolean NOT NULL DEFAULT false,
         boolean_value boolean,
         number_value double precision,
         choice text,
         evidence_url text,
         evidence_expires_on date,
         comment text,
         verified_at timestamptz,
         verified_by text,
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (assessment_id, criterion_code)
       )`,
      `CREATE TABLE assessment.theme_score (
         assessment_id uuid NOT NULL REFERENCES assessment.assessment(id) ON DELETE CASCADE,
         theme_code text NOT NULL,
         theme_label text NOT NULL,
         position int NOT NULL,
         value double precision CHECK (value BETWEEN 0 AND 100),
         applicable int NOT NULL,
         answered int NOT NULL,
         PRIMARY KEY (assessment_id, theme_code)
       )`,
      ...createOutboxSql("assessment"),
      ...createInboxSql("assessment"),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of [...dropInboxSql("assessment"), ...dropOutboxSql("assessment")]) await q.query(sql);
    for (const t of ["theme_score", "answer", "assessment", "solution_projection", "criterion", "criteria_theme", "grid_version"]) {
      await q.query(`DROP TABLE assessment.${t}`);
    }
  }
}
