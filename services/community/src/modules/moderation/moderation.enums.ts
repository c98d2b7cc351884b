import { registerEnumType } from "type-graphql";

export enum AuditAction {
  PUBLISH_REVIEW = "PUBLISH_REVIEW",
  REJECT_REVIEW = "REJECT_REVIEW",
  DISMISS_FLAGS = "DISMISS_FLAGS",
  FORWARD_REPORT = "FORWARD_REPORT",
  RESOLVE_REPORT = "RESOLVE_REPORT",
  DISMISS_REPORT = "DISMISS_REPORT",
}
export enum AuditTarget {
  REVIEW = "REVIEW",
  REPORT = "REPORT",
}
export enum ModerationKind {
  PENDING_REVIEW = "PENDING_REVIEW",
  FLAGGED_REVIEW = "FLAGGED_REVIEW",
  OPEN_REPORT = "OPEN_REPORT",
}

registerEnumType(AuditAction, { name: "AuditAction" });
registerEnumType(AuditTarget, { name: "AuditTarget" });
registerEnumType(ModerationKind, { name: "ModerationKind", description: "Why an item waits in the moderation queue." });
