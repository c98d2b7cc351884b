import type { DataSource, EntityManager } from "typeorm";
import { conflict, decodeOffsetCursor, Identity, notFound, Page, requireIdentity, toPage } from "@gouvtech/kit";
import { reasonText } from "../../db/text";
import { Review } from "../review/review.entity";
import { ReviewFlag } from "../review/review-flag.entity";
import { ReviewStatus } from "../review/review.enums";
import { AnomalyReport } from "../report/report.entity";
import { ReportStatus } from "../report/report.enums";
import { recomputeRating } from "../rating/rating.service";
import { AuditEntry } from "./audit-entry.entity";
import { AuditAction, AuditTarget, ModerationKind } from "./moderation.enums";
import type { AuditLogArgs, ModerationQueueArgs } from "./moderation.inputs";
import { readModerationQueue } from "./moderation-queue";
import type { ModerationItem } from "./moderation-item.type";

type ReviewDecision = "publish" | "reject" | "dismissFlags";
type ReportDecision = "forward" | "resolve" | "dismiss";

const REPORT_RULES: Record<ReportDecision, { from: ReportStatus[]; to: ReportStatus; action: AuditAction; reasonRequired: boolean }> = {
  forward: { from: [ReportStatus.OPEN], to: ReportStatus.FORWARDED, action: AuditAction.FORWARD_REPORT, reasonRequired: false },
  resolve: {
    from: [ReportStatus.OPEN, ReportStatus.FORWARDED],
    to: ReportStatus.RESOLVED,
    action: AuditAction.RESOLVE_REPORT,
    reasonRequired: true,
  },
  dismiss: {
    from: [ReportStatus.OPEN, ReportStatus.FORWARDED],
    to: ReportStatus.DISMISSED,
    action: AuditAction.DISMISS_REPORT,
    reasonRequired: true,
  },
};

/** The catalogue team's moderation: one queue, decisions with reasons, an audit entry for each. */
export class ModerationService {
  constructor(private readonly ds: DataSource) {}

  async queue(identity: Identity | null, args: ModerationQueueArgs): Promise<Page<ModerationItem>> {
    requireIdentity(identity, "ADMIN");
    const offset = decodeOffsetCursor(args.after);
    const kinds = args.kinds?.length ? args.kinds : Object.values(ModerationKind);
    const { items, total } = await readModerationQueue(this.ds.manager, kinds, offset, args.first);
    return toPage(items, offset, total);
  }

  async decideReview(identity: Identity | null, id: string, decision: ReviewDecision, reason?: string | null): Promise<Review> {
    const who = requireIdentity(identity, "ADMIN");
    const why = reasonText(reason, decision !== "publish");
    return this.ds.transaction(async (m) => {
      const review = await m.findOne(Review, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!review) throw notFound("Avis", id);
      const wasPublished = review.status === ReviewStatus.PUBLISHED;
      const openFlags = await m.countBy(ReviewFlag, { reviewId: id, status: "OPEN" });
      let action: AuditAction;
      if (decision === "publish") {
        if (review.status !== ReviewStatus.PENDING) throw conflict(`Un avis ${review.status} ne peut pas être publié.`);
        Object.assign(review, { status: ReviewStatus.PUBLISHED, publishedAt: new Date(), rejectionReason: null });
        action = AuditAction.PUBLISH_REVIEW;
      } else if (decision === "reject") {
        if (review.status === ReviewStatus.REJECTED) throw conflict("Cet avis est déjà rejeté.");
        Object.assign(review, { status: ReviewStatus.REJECTED, rejectionReason: why, publishedAt: null });
        action = AuditAction.REJECT_REVIEW;
      } else {
        if (openFlags === 0) throw conflict("Cet avis n'a pas de signalement en attente.");
        action = AuditAction.DISMISS_FLAGS;
      }
      if (decision !== "dismissFlags") await m.save(review);
      if (decision !== "publish" && openFlags > 0) await m.update(ReviewFlag, { reviewId: id, status: "OPEN" }, { status: "CLOSED" });
      if (wasPublished !== (review.status === ReviewStatus.PUBLISHED)) await recomputeRating(m, review.solutionId);
      await this.audit(m, who, action, AuditTarget.REVIEW, review.id, review.solutionId, why);
      return review;
    });
  }

  async decideReport(identity: Identity | null, id: string, decision: ReportDecision, reason?: string | null): Promise<AnomalyReport> {
    const who = requireIdentity(identity, "ADMIN");
    const rule = REPORT_RULES[decision];
    const why = reasonText(reason, rule.reasonRequired);
    return this.ds.transaction(async (m) => {
      const report = await m.findOne(AnomalyReport, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!report) throw notFound("Signalement", id);
      if (!rule.from.includes(report.status)) throw conflict(`Décision impossible sur un signalement ${report.status}.`);
      Object.assign(report, { status: rule.to, statusReason: why });
      if (rule.to === ReportStatus.FORWARDED) report.forwardedAt = new Date();
      await m.save(report);
      await this.audit(m, who, rule.action, AuditTarget.REPORT, report.id, report.solutionId, why);
      return report;
    });
  }

  async auditLog(identity: Identity | null, args: AuditLogArgs): Promise<Page<AuditEntry>> {
    requireIdentity(identity, "ADMIN");
    const offset = decodeOffsetCursor(args.after);
    const qb = this.ds.manager.createQueryBuilder(AuditEntry, "a").orderBy("a.created_at", "DESC").addOrderBy("a.id");
    if (args.targetId) qb.andWhere("a.target_id = :targetId", { targetId: args.targetId });
    if (args.actions?.length) qb.andWhere("a.action = ANY(:actions)", { actions: args.actions });
    const [rows, total] = await qb.skip(offset).take(args.first).getManyAndCount();
    return toPage(rows, offset, total);
  }

  private async audit(
    m: EntityManager,
    who: Identity,
    action: AuditAction,
    targetType: AuditTarget,
    targetId: string,
    solutionId: string,
    reason: string | null,
  ): Promise<void> {
    await m.insert(AuditEntry, { actorSub: who.sub, action, targetType, targetId, solutionId, reason });
  }
}
