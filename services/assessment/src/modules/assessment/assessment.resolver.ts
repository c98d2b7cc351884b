import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AssessmentContext } from "../../context";
import { computeScores } from "../scoring/scoring";
import { Solution, solutionRef } from "../solution/solution.entity";
import { Assessment } from "./assessment.entity";
import { Answer } from "./answer.entity";
import { ThemeScore } from "./theme-score.entity";
import { canSeeAssessment } from "./assessment.access";
import {
  AssessmentConnection,
  AssessmentsArgs,
  ReturnAssessmentArgs,
  SaveAnswersArgs,
  VerifyAnswerArgs,
  VersionedAssessmentArgs,
} from "./assessment.args";

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => Assessment, { nullable: true, description: "One assessment; drafts only for the owning supplier and admins." })
  async assessment(@Arg("id", () => ID) id: string, @Ctx() ctx: AssessmentContext): Promise<Assessment | null> {
    const a = await ctx.loaders.assessmentById.load(id);
    if (!a) return null;
    return canSeeAssessment(ctx.identity, a, await ctx.loaders.solutionById.load(a.solutionId)) ? a : null;
  }

  @Authorized("ADMIN")
  @Query(() => AssessmentConnection, { description: "Admins: assessments in one status (default SUBMITTED, the review queue)." })
  async assessments(@Args() args: AssessmentsArgs, @Ctx() ctx: AssessmentContext): Promise<AssessmentConnection> {
    return Object.assign(new AssessmentConnection(), await ctx.services.reader.list(ctx.identity, args));
  }

  @Authorized("SUPPLIER")
  @Mutation(() => Assessment, { description: "Starts a DRAFT on the current grid (members of the supplier owning the solution)." })
  startAssessment(@Arg("solutionId", () => ID) solutionId: string, @Ctx() ctx: AssessmentContext): Promise<Assessment> {
    return ctx.services.assessments.start(ctx.identity, solutionId);
  }

  @Authorized("SUPPLIER")
  @Mutation(() => Assessment, {
    description: "Saves up to 100 answers (one with no value clears it): all valid and written together, or none.",
  })
  saveAnswers(@Args() args: SaveAnswersArgs, @Ctx() ctx: AssessmentContext): Promise<Assessment> {
    return ctx.services.assessments.saveAnswers(ctx.identity, args.assessmentId, args.expectedVersion, args.answers);
  }

  @Authorized("SUPPLIER")
  @Mutation(() => Assessment, { description: "Submits the assessment to the catalogue team." })
  submitAssessment(@Args() args: VersionedAssessmentArgs, @Ctx() ctx: AssessmentContext): Promise<Assessment> {
    return ctx.services.assessments.submit(ctx.identity, args.assessmentId, args.expectedVersion);
  }

  @Authorized("ADMIN")
  @Mutation(() => Assessment, { description: "Publishes a submitted assessment: scores are computed and it becomes current." })
  publishAssessment(@Arg("assessmentId", () => ID) id: string, @Ctx() ctx: AssessmentContext): Promise<Assessment> {
    return ctx.services.assessments.publish(ctx.identity, id);
  }

  @Authorized("ADMIN")
  @Mutation(() => Assessment, { description: "Returns a submitted assessment to its supplier, with a reason." })
  returnAssessment(@Args() args: ReturnAssessmentArgs, @Ctx() ctx: AssessmentContext): Promise<Assessment> {
    return ctx.services.assessments.returnToSupplier(ctx.identity, args.assessmentId, args.reason);
  }

  @Authorized("ADMIN")
  @Mutation(() => Answer, { description: "Marks an answer as verified by the catalogue team (evidence level VERIFIED)." })
  verifyAnswer(@Args() args: VerifyAnswerArgs, @Ctx() ctx: AssessmentContext): Promise<Answer> {
    return ctx.services.assessments.verifyAnswer(ctx.identity, args.assessmentId, args.criterionCode, args.verified);
  }

  @FieldResolver(() => Solution)
  async solution(@Root() a: Assessment, @Ctx() ctx: AssessmentContext): Promise<Solution> {
    const p = await ctx.loaders.solutionById.load(a.solutionId);
    return solutionRef(a.solutionId, p?.supplierId ?? null);
  }

  @FieldResolver(() => [Answer])
  answers(@Root() a: Assessment, @Ctx() ctx: AssessmentContext): Promise<Answer[]> {
    return ctx.loaders.answersByAssessment.load(a.id);
  }

  @FieldResolver(() => [ThemeScore], { description: "Scores per theme, computed at publication (empty before)." })
  scores(@Root() a: Assessment, @Ctx() ctx: AssessmentContext): Promise<ThemeScore[]> {
    return ctx.loaders.scoresByAssessment.load(a.id);
  }

  @FieldResolver(() => Float, { description: "Answered / applicable criteria, 0–100 (frozen at publication)." })
  async completeness(@Root() a: Assessment, @Ctx() ctx: AssessmentContext): Promise<number> {
    if (a.completeness !== null && a.completeness !== undefined) return a.completeness;
    const grid = await ctx.services.grids.require(a.gridVersion);
    return computeScores(grid.themes, grid.criteria, await ctx.loaders.answersByAssessment.load(a.id)).completeness;
  }
}
