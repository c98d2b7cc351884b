import { z } from "zod";
import type { EventHandler } from "@gouvtech/kit";
import { PUBLISHED } from "./solution-projection.entity";
import { seedDemoCommunity } from "../../demo/demo-seed";

/** The catalogue's `SolutionChanged` event (its published contract, not its tables). */
export const SOLUTION_CHANGED = "SolutionChanged";
const payloadSchema = z.object({
  id: z.string().uuid(),
  supplierId: z.string().uuid().nullable(),
  status: z.string().min(1),
  version: z.number().int(),
  isDemo: z.boolean().optional(),
});

/**
 * Upserts the projection only when the event is newer than what it holds (events may be
 * replayed). With demo data on, the first time a solution is seen published, its demo
 * reviews and reports are created in the same transaction.
 */
export function solutionChangedHandler(opts: { seedDemoData: boolean }): EventHandler {
  return async (m, event) => {
    const parsed = payloadSchema.safeParse(event.payload);
    if (!parsed.success) return;
    const p = parsed.data;
    const rows: { demo_seeded: boolean }[] = await m.query(
      `INSERT INTO community.solution_projection AS s (solution_id, supplier_id, status, version, is_demo, updated_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (solution_id) DO UPDATE
          SET supplier_id = EXCLUDED.supplier_id, status = EXCLUDED.status, version = EXCLUDED.version,
              is_demo = EXCLUDED.is_demo, updated_at = now()
        WHERE s.version < EXCLUDED.version
       RETURNING demo_seeded`,
      [p.id, p.supplierId, p.status, p.version, p.isDemo ?? false],
    );
    if (opts.seedDemoData && p.status === PUBLISHED && rows[0] && !rows[0].demo_seeded) await seedDemoCommunity(m, p.id);
  };
}
