import { MigrationInterface, QueryRunner } from "typeorm";
import { createInboxSql, dropInboxSql } from "@gouvtech/kit";

/** Scores and ratings projected from the assessment and community feeds, to sort and filter by. */
export class SolutionStanding1765000000000 implements MigrationInterface {
  name = "SolutionStanding1765000000000";

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE catalogue.solution_standing (
         solution_id uuid PRIMARY KEY,
         overall_score double precision CHECK (overall_score BETWEEN 0 AND 100),
         assessment_published_at timestamptz,
         rating_average double precision CHECK (rating_average BETWEEN 1 AND 5),
         rating_count int NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
         rating_version int NOT NULL DEFAULT -1
       )`,
      `CREATE INDEX solution_standing_score ON catalogue.solution_standing (overall_score DESC NULLS LAST)`,
      `CREATE INDEX solution_standing_rating ON catalogue.solution_standing (rating_average DESC NULLS LAST)`,
      ...createInboxSql("catalogue"),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dropInboxSql("catalogue")) await q.query(sql);
    await q.query(`DROP TABLE catalogue.solution_standing`);
  }
}
