import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * What the catalogue knows of a solution's standing elsewhere, projected from the
 * assessment and community feeds so that listings can sort and filter by it in SQL:
 * the current assessment's overall score and the aggregate rating. The owners of these
 * facts stay the assessment and community subgraphs; this row may lag them briefly.
 */
@Entity({ name: "solution_standing" })
export class SolutionStanding {
  @PrimaryColumn({ name: "solution_id", type: "uuid" })
  solutionId: string;

  @Column({ name: "overall_score", type: "double precision", nullable: true })
  overallScore: number | null;

  @Column({ name: "assessment_published_at", type: "timestamptz", nullable: true })
  assessmentPublishedAt: Date | null;

  @Column({ name: "rating_average", type: "double precision", nullable: true })
  ratingAverage: number | null;

  @Column({ name: "rating_count", type: "int", default: 0 })
  ratingCount: number;

  /** The community's version of the rating; only a newer one replaces it. */
  @Column({ name: "rating_version", type: "int", default: -1 })
  ratingVersion: number;
}
