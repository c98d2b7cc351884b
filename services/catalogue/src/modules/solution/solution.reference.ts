import type { CatalogueContext } from "../../context";
import type { Solution } from "./solution.entity";

/** `_entities` for Solution: batched through the loader, and only what the caller may see. */
export async function resolveSolutionReference(ref: { id: string }, ctx: CatalogueContext): Promise<Solution | null> {
  const s = await ctx.loaders.solutionById.load(ref.id);
  return s && ctx.services.solutions.canSee(ctx.identity, s) ? s : null;
}
