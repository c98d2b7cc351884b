import { Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { CommunityContext } from "../../context";
import { ErasureResult } from "./erasure-result.type";

@Resolver()
export class PrivacyResolver {
  @Authorized()
  @Mutation(() => ErasureResult, {
    description: "Erases the caller's community data: their reviews, their flags and the link between account and pseudonym.",
  })
  deleteMyCommunityData(@Ctx() ctx: CommunityContext): Promise<ErasureResult> {
    return ctx.services.privacy.deleteMyData(ctx.identity);
  }
}
