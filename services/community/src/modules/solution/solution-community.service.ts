import { decodeOffsetCursor, forbidden, Identity, isMemberOf, Page, toPage, unauthenticated } from "@gouvtech/kit";
import type { CommunityLoaders } from "../../loaders";
import type { Review } from "../review/review.entity";
import type { ReviewSort } from "../review/review.enums";
import type { AnomalyReport } from "../report/report.entity";
import { toSolutionRating } from "../rating/rating.service";
import type { SolutionRating } from "../rating/solution-rating.type";

/**
 * What the community adds to a Solution, and who may read it:
 * - rating: everyone;
 * - reviews: agents and admins, and the supplier that owns the solution;
 * - reports: admins, and the owning supplier once the team forwarded them.
 * Reads go through the request's loaders, so a list of solutions costs one statement per field.
 */
export class SolutionCommunityService {
  async rating(loaders: CommunityLoaders, solutionId: string): Promise<SolutionRating> {
    return toSolutionRating(await loaders.ratingBySolution.load(solutionId));
  }

  async reviews(
    identity: Identity | null,
    loaders: CommunityLoaders,
    solutionId: string,
    args: { first: number; after?: string | null; sort: ReviewSort },
  ): Promise<Page<Review>> {
    if (!identity) throw unauthenticated("Les avis sont réservés aux agents publics : connectez-vous.");
    if (identity.role === "SUPPLIER") await this.requireOwner(identity, loaders, solutionId);
    const offset = decodeOffsetCursor(args.after);
    const page = await loaders.publishedReviewPage({ offset, limit: args.first, sort: args.sort }).load(solutionId);
    return toPage(page.rows, offset, page.total);
  }

  async reports(
    identity: Identity | null,
    loaders: CommunityLoaders,
    solutionId: string,
    args: { first: number; after?: string | null },
  ): Promise<Page<AnomalyReport>> {
    if (!identity) throw unauthenticated();
    if (identity.role === "AGENT") throw forbidden("Les signalements sont visibles de l'équipe du catalogue et du fournisseur.");
    if (identity.role === "SUPPLIER") await this.requireOwner(identity, loaders, solutionId);
    const offset = decodeOffsetCursor(args.after);
    const forwardedOnly = identity.role === "SUPPLIER";
    const page = await loaders.reportPage({ offset, limit: args.first, forwardedOnly }).load(solutionId);
    return toPage(page.rows, offset, page.total);
  }

  private async requireOwner(identity: Identity, loaders: CommunityLoaders, solutionId: string): Promise<void> {
    const solution = await loaders.projectionById.load(solutionId);
    if (!isMemberOf(identity, solution?.supplierId)) throw forbidden("Réservé au fournisseur de cette solution.");
  }
}
