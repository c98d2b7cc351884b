import type { EntityManager } from "typeorm";
import { publishEvent } from "@gouvtech/kit";
import type { Solution } from "./solution.entity";

/** Event type other subgraphs project: the solution's current facts (state transfer, idempotent). */
export const SOLUTION_CHANGED = "SolutionChanged";

export interface SolutionChangedPayload {
  id: string;
  slug: string;
  name: string;
  supplierId: string | null;
  status: string;
  version: number;
  isDemo: boolean;
}

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
