import { Column, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";

/**
 * What this subgraph knows of a catalogue solution, projected from the catalogue's
 * `SolutionChanged` events (never read from the catalogue's schema).
 */
@Entity({ name: "solution_projection" })
export class SolutionProjection {
  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Column({ name: "supplier_id", type: "uuid", nullable: true })
  supplierId: string | null;

  /** Catalogue status: DRAFT, PENDING_REVIEW, PUBLISHED, REJECTED, ARCHIVED. */
  @Column({ type: "text" })
  status: string;

  /** The catalogue's version of the solution; only a newer one replaces the row. */
  @Column({ type: "int" })
  version: number;

  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo: boolean;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

export const PUBLISHED_SOLUTION = "PUBLISHED";
