import { Column, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";

export interface DimensionAggregate {
  dimension: string;
  average: number;
  count: number;
}

/** The rating of a solution over its published reviews, rewritten on every moderation decision. */
@Entity({ name: "rating_aggregate" })
export class RatingAggregate {
  @PrimaryColumn({ name: "solution_id", type: "uuid" })
  solutionId: string;

  @Column({ type: "int" })
  count: number;

  /** numeric(3,2), read as a string by pg. */
  @Column({ type: "numeric", nullable: true })
  average: string | null;

  /** Counts of ratings 1 to 5, in that order. */
  @Column({ type: "int", array: true })
  distribution: number[];

  @Column({ type: "jsonb" })
  dimensions: DimensionAggregate[];

  @Column({ type: "int" })
  version: number;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
