import type { EntityManager } from "typeorm";
import type { EventHandler, OutboxEvent } from "@gouvtech/kit";
import { updateReturning } from "../../database/update-returning";

/** The catalogue's event (services/catalogue/src/modules/solution/solution.events.ts), as this subgraph reads it. */
export const SOLUTION_CHANGED = "SolutionChanged";

export interface SolutionChangedPayload {
  id: string;
  supplierId: string | null;
  status: string;
  version: number;
  isDemo: boolean;
}

export interface ProjectionChange {
  payload: SolutionChangedPayload;
  /** The row did not exist before this event. */
  inserted: boolean;
}

/**
 * Upserts the projection only when the incoming version is newer: replays and
 * out-of-order deliveries change nothing. Returns null when the event was stale.
 */
export async function projectSolutionChanged(m: EntityManager, event: OutboxEvent): Promise<ProjectionChange | null> {
  const p = event.payload as SolutionChangedPayload;
  const rows = await updateReturning<{ inserted: boolean }>(
    m,
    `INSERT INTO assessment.solution_projection AS s (id, supplier_id, status, version, is_demo, updated_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (id) DO UPDATE SET supplier_id = EXCLUDED.supplier_id, status = EXCLUDED.status, version = EXCLUDED.version,
       is_demo = EXCLUDED.is_demo, updated_at = now()
     WHERE s.version < EXCLUDED.version
     RETURNING (xmax = 0) AS inserted`,
    [p.id, p.supplierId, p.status, p.version, p.isDemo],
  );
  return rows.length ? { payload: p, inserted: rows[0].inserted } : null;
}

/** The consumer's handler for SolutionChanged; `then` runs after a change was applied (demo seeding). */
export function solutionChangedHandler(then?: (m: EntityManager, change: ProjectionChange) => Promise<void>): EventHandler {
  return async (m, event) => {
    const change = await projectSolutionChanged(m, event);
    if (change && then) await then(m, change);
  };
}
