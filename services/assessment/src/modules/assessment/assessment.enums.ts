import { registerEnumType } from "type-graphql";

/** DRAFT → SUBMITTED → PUBLISHED (admin) or RETURNED (admin, with a reason) → SUBMITTED again. */
export enum AssessmentStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  RETURNED = "RETURNED",
  PUBLISHED = "PUBLISHED",
}
registerEnumType(AssessmentStatus, { name: "AssessmentStatus" });

/** An assessment the supplier is still working on (at most one per solution). */
export const OPEN_STATUSES = [AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED, AssessmentStatus.RETURNED];
/** Statuses in which the supplier may save answers. */
export const EDITABLE_STATUSES = [AssessmentStatus.DRAFT, AssessmentStatus.RETURNED];

export enum EvidenceLevel {
  DECLARED = "DECLARED",
  EVIDENCED = "EVIDENCED",
  VERIFIED = "VERIFIED",
}
registerEnumType(EvidenceLevel, {
  name: "EvidenceLevel",
  description: "DECLARED: supplier's word; EVIDENCED: a proof URL that has not expired; VERIFIED: checked by the catalogue team.",
});
