import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CommunityContext } from "../../context";
import { Review } from "../review/review.entity";
import { ReviewFlag } from "../review/review-flag.entity";
import { AnomalyReport } from "../report/report.entity";
import { AuditEntryConnection } from "./audit-entry.connection";
import { ModerationItem, ModerationItemConnection } from "./moderation-item.type";
import { ModerationKind } from "./moderation.enums";
import { AuditLogArgs, ModerationDecisionArgs, ModerationQueueArgs } from "./moderation.inputs";

@Resolver(() => ModerationItem)
export class ModerationResolver {
  @Authorized("ADMIN")
  @Query(() => ModerationItemConnection, { description: "Pending reviews, flagged reviews and open reports, oldest first." })
  moderationQueue(@Args() args: ModerationQueueArgs, @Ctx() ctx: CommunityContext): Promise<ModerationItemConnection> {
    return ctx.services.moderation.queue(ctx.identity, args);
  }

  @Authorized("ADMIN")
  @Query(() => AuditEntryConnection, { description: "Moderation actions, most recent first." })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: CommunityContext): Promise<AuditEntryConnection> {
    return ctx.services.moderation.auditLog(ctx.identity, args);
  }

  @Authorized("ADMIN")
  @Mutation(() => Review, { description: "Publishes a pending review (the rating is updated)." })
  publishReview(@Args() a: ModerationDecisionArgs, @Ctx() ctx: CommunityContext): Promise<Review> {
    return ctx.services.moderation.decideReview(ctx.identity, a.id, "publish", a.reason);
  }

  @Authorized("ADMIN")
  @Mutation(() => Review, { description: "Rejects a pending or published review, with a reason shown to its author." })
  rejectReview(@Args() a: ModerationDecisionArgs, @Ctx() ctx: CommunityContext): Promise<Review> {
    return ctx.services.moderation.decideReview(ctx.identity, a.id, "reject", a.reason);
  }

  @Authorized("ADMIN")
  @Mutation(() => Review, { description: "Keeps a flagged review published and closes its flags, with a reason." })
  dismissReviewFlags(@Args() a: ModerationDecisionArgs, @Ctx() ctx: CommunityContext): Promise<Review> {
    return ctx.services.moderation.decideReview(ctx.identity, a.id, "dismissFlags", a.reason);
  }

  @Authorized("ADMIN")
  @Mutation(() => AnomalyReport, { description: "Forwards an open report to the solution's supplier." })
  forwardReport(@Args() a: ModerationDecisionArgs, @Ctx() ctx: CommunityContext): Promise<AnomalyReport> {
    return ctx.services.moderation.decideReport(ctx.identity, a.id, "forward", a.reason);
  }

  @Authorized("ADMIN")
  @Mutation(() => AnomalyReport, { description: "Closes a report as resolved, with a reason." })
  resolveReport(@Args() a: ModerationDecisionArgs, @Ctx() ctx: CommunityContext): Promise<AnomalyReport> {
    return ctx.services.moderation.decideReport(ctx.identity, a.id, "resolve", a.reason);
  }

  @Authorized("ADMIN")
  @Mutation(() => AnomalyReport, { description: "Closes a report as unfounded, with a reason." })
  dismissReport(@Args() a: ModerationDecisionArgs, @Ctx() ctx: CommunityContext): Promise<AnomalyReport> {
    return ctx.services.moderation.decideReport(ctx.identity, a.id, "dismiss", a.reason);
  }

  @FieldResolver(() => Review, { nullable: true })
  review(@Root() item: ModerationItem, @Ctx() ctx: CommunityContext): Promise<Review | null> | null {
    return item.kind === ModerationKind.OPEN_REPORT ? null : ctx.loaders.reviewById.load(item.targetId);
  }

  @FieldResolver(() => AnomalyReport, { nullable: true })
  report(@Root() item: ModerationItem, @Ctx() ctx: CommunityContext): Promise<AnomalyReport | null> | null {
    return item.kind === ModerationKind.OPEN_REPORT ? ctx.loaders.reportById.load(item.targetId) : null;
  }

  @FieldResolver(() => [ReviewFlag], { description: "Open flags (flagged reviews only)." })
  flags(@Root() item: ModerationItem, @Ctx() ctx: CommunityContext): Promise<ReviewFlag[]> | ReviewFlag[] {
    return item.kind === ModerationKind.FLAGGED_REVIEW ? ctx.loaders.openFlagsByReview.load(item.targetId) : [];
  }
}
