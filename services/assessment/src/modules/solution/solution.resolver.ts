import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, fieldError } from "@gouvtech/kit";
import type { AssessmentContext } from "../../context";
import { Assessment } from "../assessment/assessment.entity";
import { ThemeScore } from "../assessment/theme-score.entity";
import { canSeeWork } from "../assessment/assessment.access";
import { Solution } from "./solution.entity";

/**
 * Solution fields contributed by this subgraph. The Solution reached them through the
 * visibility-checked reference resolver; every field goes through a batched loader.
 * They are all nullable so that a solution this subgraph does not know yet stays readable.
 */
@Resolver(() => Solution)
export class SolutionResolver {
  @FieldResolver(() => Assessment, { nullable: true, description: "The current published assessment." })
  assessment(@Root() s: Solution, @Ctx() ctx: AssessmentContext): Promise<Assessment | null> {
    return ctx.loaders.currentBySolution.load(s.id);
  }

  @FieldResolver(() => [ThemeScore], { nullable: true, description: "Scores per theme of the current assessment; null when none." })
  async scores(@Root() s: Solution, @Ctx() ctx: AssessmentContext): Promise<ThemeScore[] | null> {
    const current = await ctx.loaders.currentBySolution.load(s.id);
    return current ? ctx.loaders.scoresByAssessment.load(current.id) : null;
  }

  @FieldResolver(() => [Assessment], { nullable: true, description: "Published assessments, newest first (the current one included)." })
  assessmentHistory(
    @Root() s: Solution,
    @Ctx() ctx: AssessmentContext,
    @Arg("first", () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `1 to ${MAX_PAGE_SIZE}.` }) first: number,
  ): Promise<Assessment[]> {
    if (first < 1 || first > MAX_PAGE_SIZE) throw fieldError("first", `entre 1 et ${MAX_PAGE_SIZE}`);
    return ctx.loaders.historyBySolution(first).load(s.id);
  }

  @FieldResolver(() => Assessment, {
    nullable: true,
    description: "The assessment in progress (draft, submitted or returned): for the owning supplier and admins only.",
  })
  async draftAssessment(@Root() s: Solution, @Ctx() ctx: AssessmentContext): Promise<Assessment | null> {
    if (!canSeeWork(ctx.identity, s.supplierId)) return null;
    return ctx.loaders.openBySolution.load(s.id);
  }
}
