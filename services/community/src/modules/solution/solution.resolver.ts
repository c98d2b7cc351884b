import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "@gouvtech/kit";
import type { CommunityContext } from "../../context";
import { Solution } from "./solution.entity";
import { ReviewConnection } from "../review/review.connection";
import { ReviewPageArgs } from "../review/review.inputs";
import { AnomalyReportConnection } from "../report/report.connection";
import { SolutionRating } from "../rating/solution-rating.type";

@Resolver(() => Solution)
export class SolutionResolver {
  @FieldResolver(() => ReviewConnection, {
    nullable: true,
    description: "Published peer reviews: public agents, admins and the owning supplier only. Null with an error otherwise.",
  })
  reviews(@Root() s: Solution, @Args() args: ReviewPageArgs, @Ctx() ctx: CommunityContext): Promise<ReviewConnection> {
    return ctx.services.solutions.reviews(ctx.identity, ctx.loaders, s.id, args);
  }

  @FieldResolver(() => SolutionRating, {
    nullable: true,
    description:
      "Aggregate of the published reviews, for everyone. Nullable so that a community outage leaves the rest of the page intact.",
  })
  rating(@Root() s: Solution, @Ctx() ctx: CommunityContext): Promise<SolutionRating> {
    return ctx.services.solutions.rating(ctx.loaders, s.id);
  }

  @FieldResolver(() => AnomalyReportConnection, {
    nullable: true,
    description: "Anomaly reports on the sheet: admins, and the owning supplier once forwarded to it.",
  })
  reports(@Root() s: Solution, @Args() args: PageArgs, @Ctx() ctx: CommunityContext): Promise<AnomalyReportConnection> {
    return ctx.services.solutions.reports(ctx.identity, ctx.loaders, s.id, args);
  }
}
