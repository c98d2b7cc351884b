import { Column, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";

/** What the community knows of a catalogue solution, projected from `SolutionChanged` events. */
@Entity({ name: "solution_projection" })
export class SolutionProjection {
  @PrimaryColumn({ name: "solution_id", type: "uuid" })
  solutionId: string;

  @Column({ name: "supplier_id", type: "uuid", nullable: true })
  supplierId: string | null;

  @Column({ type: "text" })
  status: string;

  @Column({ type: "int" })
  version: number;

  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo: boolean;

  @Column({ name: "demo_seeded", type: "boolean", default: false })
  demoSeeded: boolean;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

export const PUBLISHED = "PUBLISHED";
