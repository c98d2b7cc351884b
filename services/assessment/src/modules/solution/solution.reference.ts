import type { AssessmentContext } from "../../context";
import { canSeeSolution } from "../assessment/assessment.access";
import { Solution, solutionRef } from "./solution.entity";

/** `_entities` for Solution: one projection statement per request, and only solutions the caller may see. */
export async function resolveSolutionReference(ref: { id: string }, ctx: AssessmentContext): Promise<Solution | null> {
  const p = await ctx.loaders.solutionById.load(ref.id);
  return p && canSeeSolution(ctx.identity, p) ? solutionRef(p.id, p.supplierId) : null;
}
