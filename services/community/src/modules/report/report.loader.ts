import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { createEntityLoader } from "@gouvtech/kit";
import { loaderPerArgs } from "../../db/keyed-loaders";
import { KeyedPage, topNPerKey } from "../../db/top-n";
import { AnomalyReport } from "./report.entity";

export interface ReportPageArgs {
  offset: number;
  limit: number;
  /** Suppliers see only reports the team forwarded to them. */
  forwardedOnly: boolean;
}

/** Per-request loaders of anomaly reports. */
export function createReportLoaders(manager: EntityManager) {
  return {
    reportById: createEntityLoader(manager, AnomalyReport),
    reportPage: loaderPerArgs(
      (a: ReportPageArgs) =>
        new DataLoader<string, KeyedPage<AnomalyReport>>((solutionIds) =>
          topNPerKey(manager, solutionIds, {
            entity: AnomalyReport,
            keyColumn: "solution_id",
            where: a.forwardedOnly ? "t.forwarded_at IS NOT NULL" : undefined,
            orderBy: "t.created_at DESC, t.id",
            offset: a.offset,
            limit: a.limit,
          }),
        ),
    ),
  };
}
export type ReportLoaders = ReturnType<typeof createReportLoaders>;
