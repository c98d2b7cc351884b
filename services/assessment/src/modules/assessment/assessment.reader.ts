import type { DataSource } from "typeorm";
import { decodeOffsetCursor, Identity, Page, requireIdentity, toPage } from "@gouvtech/kit";
import { Assessment } from "./assessment.entity";
import type { AssessmentsArgs } from "./assessment.args";

/** Read side that is not keyed by id (those go through the loaders). */
export class AssessmentReader {
  constructor(private readonly ds: DataSource) {}

  /** Admin review queue: assessments in one status, oldest submission first. */
  async list(identity: Identity | null, args: AssessmentsArgs): Promise<Page<Assessment>> {
    requireIdentity(identity, "ADMIN");
    const offset = decodeOffsetCursor(args.after);
    const [rows, total] = await this.ds.manager
      .createQueryBuilder(Assessment, "a")
      .where("a.status = :status", { status: args.status })
      .orderBy("a.submitted_at", "ASC", "NULLS LAST")
      .addOrderBy("a.id")
      .offset(offset)
      .limit(args.first)
      .getManyAndCount();
    return toPage(rows, offset, total);
  }
}
