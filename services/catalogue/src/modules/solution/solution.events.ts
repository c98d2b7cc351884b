import type { EntityManager } from "typeorm";
import { publishEvent, SOLUTION_CHANGED, SolutionChangedPayload } from "@gouvtech/kit";
import type { Solution } from "./solution.entity";

/** Records that a solution changed, in the transaction that changed it. */
export function recordSolutionChanged(manager: EntityManager, s: Solution): Promise<void> {
  const payload: SolutionChangedPayload = {
    id: s.id,
    slug: s.slug,
    name: s.name,
    supplierId: s.supplierId,
    status: s.status,
    version: s.version,
    isDemo: s.isDemo,
  };
  return publishEvent(manager, "catalogue", { type: SOLUTION_CHANGED, aggregateId: s.id, payload });
}

export { SOLUTION_CHANGED };
