import { registerEnumType } from "type-graphql";

export enum ReportCategory {
  WRONG_INFORMATION = "WRONG_INFORMATION",
  OUTDATED_INFORMATION = "OUTDATED_INFORMATION",
  BROKEN_LINK = "BROKEN_LINK",
  MISLEADING_CLAIM = "MISLEADING_CLAIM",
  OTHER = "OTHER",
}
export enum ReportStatus {
  OPEN = "OPEN",
  FORWARDED = "FORWARDED",
  RESOLVED = "RESOLVED",
  DISMISSED = "DISMISSED",
}

registerEnumType(ReportCategory, { name: "ReportCategory", description: "What is wrong in the solution's sheet." });
registerEnumType(ReportStatus, { name: "ReportStatus", description: "OPEN → FORWARDED (to the supplier) → RESOLVED or DISMISSED." });
