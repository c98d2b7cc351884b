import { EventHandler, PUBLISHED_SOLUTION, projectSolutionChanged, updateReturning } from "@gouvtech/kit";
import { seedDemoCommunity } from "../../demo/demo-seed";

export { SOLUTION_CHANGED } from "@gouvtech/kit";

/**
 * Projects the solution (only newer versions apply: events may be replayed). With demo
 * data on, the first time a solution is seen published, its demo reviews and reports are
 * created in the same transaction.
 */
export function solutionChangedHandler(opts: { seedDemoData: boolean }): EventHandler {
  return async (m, event) => {
    const change = await projectSolutionChanged(m, "community", event);
    if (!change || !opts.seedDemoData || change.payload.status !== PUBLISHED_SOLUTION) return;
    const firstTime = await updateReturning(
      m,
      `UPDATE community.solution_projection SET demo_seeded = true WHERE id = $1 AND NOT demo_seeded RETURNING id`,
      [change.payload.id],
    );
    if (firstTime.length) await seedDemoCommunity(m, change.payload.id);
  };
}
