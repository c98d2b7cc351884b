import { Solution } from "../solution/solution.entity";
import { solutionOf } from "../solution/solution.reference";
import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs } from "@gouvtech/kit";
import type { CommunityContext } from "../../context";
import { Review } from "./review.entity";
import { ReviewReply } from "./review-reply.entity";
import { ReviewConnection } from "./review.connection";
import { CreateReviewArgs, ReviewTextArgs, UpdateReviewArgs } from "./review.inputs";

@Resolver(() => Review)
export class ReviewResolver {
  @Authorized("AGENT")
  @Query(() => ReviewConnection, { description: "The caller's reviews, any status, with the rejection reason." })
  myReviews(@Args() args: PageArgs, @Ctx() ctx: CommunityContext): Promise<ReviewConnection> {
    return ctx.services.reviews.mine(ctx.identity, args.first, args.after);
  }

  @Authorized("AGENT")
  @Mutation(() => Review, { description: "Reviews a published solution (one review per agent and solution); it awaits moderation." })
  createReview(@Args() args: CreateReviewArgs, @Ctx() ctx: CommunityContext): Promise<Review> {
    return ctx.services.reviews.create(ctx.identity, args.solutionId, args.input);
  }

  @Authorized("AGENT")
  @Mutation(() => Review, { description: "Edits the caller's review; it goes back to moderation." })
  updateReview(@Args() args: UpdateReviewArgs, @Ctx() ctx: CommunityContext): Promise<Review> {
    return ctx.services.reviews.update(ctx.identity, args.id, args.expectedVersion, args.input);
  }

  @Authorized("SUPPLIER")
  @Mutation(() => ReviewReply, { description: "The owning supplier's public reply (one per review)." })
  replyToReview(@Args() args: ReviewTextArgs, @Ctx() ctx: CommunityContext): Promise<ReviewReply> {
    return ctx.services.reviews.reply(ctx.identity, args.reviewId, args.text);
  }

  @Authorized("AGENT")
  @Mutation(() => Review, { description: "Flags a published review to the catalogue team, with a reason." })
  flagReview(@Args() args: ReviewTextArgs, @Ctx() ctx: CommunityContext): Promise<Review> {
    return ctx.services.reviews.flag(ctx.identity, args.reviewId, args.text);
  }

  @FieldResolver(() => Solution, {
    nullable: true,
    description: "The solution reviewed (null when the caller may not see it or the catalogue does not answer).",
  })
  solution(@Root() r: Review): Solution | null {
    return solutionOf(r);
  }

  @FieldResolver(() => ReviewReply, { nullable: true })
  reply(@Root() r: Review, @Ctx() ctx: CommunityContext): Promise<ReviewReply | null> {
    return ctx.loaders.replyByReview.load(r.id);
  }
}
