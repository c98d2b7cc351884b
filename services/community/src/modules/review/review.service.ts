import type { DataSource, EntityManager } from "typeorm";
import { conflict, decodeOffsetCursor, forbidden, Identity, notFound, Page, requireIdentity, toPage } from "@gouvtech/kit";
import { LIMITS, plainText } from "../../db/text";
import { isUniqueViolation } from "../../db/unique-violation";
import { PUBLISHED_SOLUTION as PUBLISHED, SolutionProjection } from "@gouvtech/kit";
import { recomputeRating } from "../rating/rating.service";
import { authorIdFor, existingAuthorId } from "./author";
import { Author } from "./author.entity";
import { Review } from "./review.entity";
import { ReviewReply } from "./review-reply.entity";
import { ReviewFlag } from "./review-flag.entity";
import { ReviewStatus } from "./review.enums";
import type { ReviewInput } from "./review.inputs";

const NO_ADMINISTRATION = "Administration non renseignée";

/** Review content from input, normalised and checked (plain text, bounded lengths). */
function contentOf(input: ReviewInput): Partial<Review> {
  return {
    rating: input.rating,
    easeOfUse: input.dimensions?.easeOfUse ?? null,
    functionalFit: input.dimensions?.functionalFit ?? null,
    supportQuality: input.dimensions?.supportQuality ?? null,
    valueForMoney: input.dimensions?.valueForMoney ?? null,
    usageDuration: input.usage?.duration ?? null,
    usageUsers: input.usage?.users ?? null,
    usageDeployment: input.usage?.deployment ?? null,
    title: plainText(input.title, "input.title", { min: 3, max: LIMITS.title }),
    body: plainText(input.body, "input.body", { min: LIMITS.bodyMin, max: LIMITS.body }),
  };
}

/** Reviews written by agents: one per agent per solution, on published solutions only. */
export class ReviewService {
  constructor(private readonly ds: DataSource) {}

  async create(identity: Identity | null, solutionId: string, input: ReviewInput): Promise<Review> {
    const who = requireIdentity(identity, "AGENT");
    const content = contentOf(input);
    return this.ds.transaction(async (m) => {
      await this.requirePublishedSolution(m, solutionId);
      const authorId = await authorIdFor(m, who.sub);
      if (await m.existsBy(Review, { solutionId, authorId })) {
        throw conflict("Vous avez déjà donné votre avis sur cette solution : modifiez-le plutôt.");
      }
      const review = m.create(Review, {
        ...content,
        solutionId,
        authorId,
        administration: who.organisation?.trim() || NO_ADMINISTRATION,
        status: ReviewStatus.PENDING,
      });
      try {
        return await m.save(review);
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict("Vous avez déjà donné votre avis sur cette solution.");
        throw err;
      }
    });
  }

  /** The author edits their review: it goes back to moderation (and leaves the rating if it was in it). */
  async update(identity: Identity | null, id: string, expectedVersion: number, input: ReviewInput): Promise<Review> {
    const who = requireIdentity(identity, "AGENT");
    const content = contentOf(input);
    return this.ds.transaction(async (m) => {
      const review = await m.findOne(Review, { where: { id }, lock: { mode: "pessimistic_write" } });
      const authorId = await existingAuthorId(m, who.sub);
      if (!review || review.authorId !== authorId) throw notFound("Avis", id);
      if (review.version !== expectedVersion) {
        throw conflict("Cet avis a été modifié entre-temps : rechargez-le.", { currentVersion: review.version });
      }
      const wasPublished = review.status === ReviewStatus.PUBLISHED;
      Object.assign(review, content, { status: ReviewStatus.PENDING, rejectionReason: null, publishedAt: null });
      await m.save(review);
      await m.update(ReviewFlag, { reviewId: id, status: "OPEN" }, { status: "CLOSED" });
      if (wasPublished) await recomputeRating(m, review.solutionId);
      return review;
    });
  }

  /** The agent's own reviews, any status, with the rejection reason when rejected. */
  async mine(identity: Identity | null, first: number, after: string | null | undefined): Promise<Page<Review>> {
    const who = requireIdentity(identity, "AGENT");
    const offset = decodeOffsetCursor(after);
    const [rows, total] = await this.ds.manager
      .createQueryBuilder(Review, "r")
      .innerJoin(Author, "a", "a.id = r.author_id")
      .where("a.agent_sub = :sub", { sub: who.sub })
      .orderBy("r.updated_at", "DESC")
      .addOrderBy("r.id")
      .skip(offset)
      .take(first)
      .getManyAndCount();
    return toPage(rows, offset, total);
  }

  /** The owning supplier's one public reply to a published review. */
  async reply(identity: Identity | null, reviewId: string, text: string): Promise<ReviewReply> {
    const who = requireIdentity(identity, "SUPPLIER");
    const body = plainText(text, "text", { min: 2, max: LIMITS.reply });
    return this.ds.transaction(async (m) => {
      const review = await m.findOneBy(Review, { id: reviewId, status: ReviewStatus.PUBLISHED });
      if (!review) throw notFound("Avis", reviewId);
      const solution = await m.findOneBy(SolutionProjection, { id: review.solutionId });
      if (!solution?.supplierId || solution.supplierId !== who.supplierId) {
        throw forbidden("Seul le fournisseur de la solution peut répondre à cet avis.");
      }
      if (await m.existsBy(ReviewReply, { reviewId })) throw conflict("Cet avis a déjà une réponse du fournisseur.");
      try {
        return await m.save(m.create(ReviewReply, { reviewId, supplierId: who.supplierId, body }));
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict("Cet avis a déjà une réponse du fournisseur.");
        throw err;
      }
    });
  }

  /** An agent flags a published review: it joins the moderation queue. */
  async flag(identity: Identity | null, reviewId: string, text: string): Promise<Review> {
    const who = requireIdentity(identity, "AGENT");
    const reason = plainText(text, "text", { min: 3, max: LIMITS.flag });
    return this.ds.transaction(async (m) => {
      const review = await m.findOneBy(Review, { id: reviewId, status: ReviewStatus.PUBLISHED });
      if (!review) throw notFound("Avis", reviewId);
      const flaggerId = await authorIdFor(m, who.sub);
      const inserted: unknown[] = await m.query(
        `INSERT INTO community.review_flag (review_id, flagger_id, reason) VALUES ($1, $2, $3)
         ON CONFLICT (review_id, flagger_id) DO NOTHING RETURNING id`,
        [reviewId, flaggerId, reason],
      );
      if (inserted.length === 0) throw conflict("Vous avez déjà signalé cet avis.");
      return review;
    });
  }

  private async requirePublishedSolution(m: EntityManager, solutionId: string): Promise<void> {
    const s = await m.findOneBy(SolutionProjection, { id: solutionId });
    if (!s || s.status !== PUBLISHED) throw notFound("Solution publiée", solutionId);
  }
}
