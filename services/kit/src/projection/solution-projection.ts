import { Column, Entity, EntityManager, PrimaryColumn, UpdateDateColumn } from "typeorm";
import type { OutboxEvent } from "../outbox/outbox";
import { quoteSchema } from "../outbox/outbox-sql";
import { SolutionChangedPayload, solutionChangedPayloadSchema } from "./solution-changed";

/**
 * What a subgraph knows of a catalogue solution, projected from `SolutionChanged`
 * events into a table of its own schema (never read from the catalogue's).
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

export const createSolutionProjectionSql = (schema: string) => [
  `CREATE TABLE ${quoteSchema(schema)}.solution_projection (
     id uuid PRIMARY KEY,
     supplier_id uuid,
     status text NOT NULL,
     version int NOT NULL,
     is_demo boolean NOT NULL DEFAULT false,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX solution_projection_supplier ON ${quoteSchema(schema)}.solution_projection (supplier_id)`,
];
export const dropSolutionProjectionSql = (schema: string) => [`DROP TABLE ${quoteSchema(schema)}.solution_projection`];

export interface ProjectionChange {
  payload: SolutionChangedPayload;
  /** The row did not exist before this event. */
  inserted: boolean;
}

/**
 * Upserts the projection only when the incoming version is newer: replays and
 * out-of-order deliveries change nothing (null). A payload that breaks the contract
 * is skipped (null) rather than blocking the feed.
 */
export async function projectSolutionChanged(m: EntityManager, schema: string, event: OutboxEvent): Promise<ProjectionChange | null> {
  const parsed = solutionChangedPayloadSchema.safeParse(event.payload);
  if (!parsed.success) return null;
  const p = parsed.data;
  const rows: { inserted: boolean }[] = await m.query(
    `INSERT INTO ${quoteSchema(schema)}.solution_projection AS s (id, supplier_id, status, version, is_demo, updated_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (id) DO UPDATE SET supplier_id = EXCLUDED.supplier_id, status = EXCLUDED.status, version = EXCLUDED.version,
       is_demo = EXCLUDED.is_demo, updated_at = now()
     WHERE s.version < EXCLUDED.version
     RETURNING (xmax = 0) AS inserted`,
    [p.id, p.supplierId, p.status, p.version, p.isDemo],
  );
  return rows.length ? { payload: p, inserted: rows[0].inserted } : null;
}
