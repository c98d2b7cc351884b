import type { DataSource } from "typeorm";
import { decodeOffsetCursor, Identity, notFound, Page, requireIdentity, toPage } from "@gouvtech/kit";
import { LIMITS, plainText } from "../../db/text";
import { PUBLISHED_SOLUTION as PUBLISHED, SolutionProjection } from "@gouvtech/kit";
import { AnomalyReport } from "./report.entity";
import { ReportStatus } from "./report.enums";
import type { AnomalyReportInput, AnomalyReportsArgs } from "./report.inputs";

/** Anomaly reports on solution sheets: anyone files one, admins list them. */
export class ReportService {
  constructor(private readonly ds: DataSource) {}

  /** Anyone, anonymous included; nothing about the reporter is kept but the optional e-mail. */
  async create(input: AnomalyReportInput): Promise<AnomalyReport> {
    const body = plainText(input.text, "input.text", { min: 10, max: LIMITS.report });
    const contactEmail = input.contactEmail?.trim().toLowerCase() || null;
    return this.ds.transaction(async (m) => {
      const s = await m.findOneBy(SolutionProjection, { id: input.solutionId });
      if (!s || s.status !== PUBLISHED) throw notFound("Solution publiée", input.solutionId);
      return m.save(m.create(AnomalyReport, { solutionId: input.solutionId, category: input.category, body, contactEmail }));
    });
  }

  async list(identity: Identity | null, args: AnomalyReportsArgs): Promise<Page<AnomalyReport>> {
    requireIdentity(identity, "ADMIN");
    const offset = decodeOffsetCursor(args.after);
    const statuses = args.statuses?.length ? args.statuses : Object.values(ReportStatus);
    const [rows, total] = await this.ds.manager
      .createQueryBuilder(AnomalyReport, "r")
      .where("r.status = ANY(:statuses)", { statuses })
      .orderBy("r.created_at", "ASC")
      .addOrderBy("r.id")
      .skip(offset)
      .take(args.first)
      .getManyAndCount();
    return toPage(rows, offset, total);
  }
}
