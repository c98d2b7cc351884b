import type { EntityManager } from "typeorm";
import { EventHandler, ProjectionChange, projectSolutionChanged } from "@gouvtech/kit";

export { SOLUTION_CHANGED } from "@gouvtech/kit";

/** The consumer's handler for SolutionChanged; `then` runs after a change was applied (demo seeding). */
export function solutionChangedHandler(then?: (m: EntityManager, change: ProjectionChange) => Promise<void>): EventHandler {
  return async (m, event) => {
    const change = await projectSolutionChanged(m, "assessment", event);
    if (change && then) await then(m, change);
  };
}
