import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { AssessmentContext } from "../../context";
import { GridVersion } from "./grid.entity";

@Resolver(() => GridVersion)
export class GridResolver {
  @Query(() => GridVersion, {
    nullable: true,
    description: "A version of the assessment grid with its themes and criteria (the current one when version is omitted).",
  })
  async assessmentGrid(
    @Arg("version", () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: AssessmentContext,
  ): Promise<GridVersion | null> {
    return ctx.services.grids.get(version ?? (await ctx.services.grids.currentVersion()));
  }
}
