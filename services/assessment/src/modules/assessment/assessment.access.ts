import { Identity, isAdmin, isMemberOf } from "@gouvtech/kit";
import { PUBLISHED_SOLUTION, SolutionProjection } from "@gouvtech/kit";
import { AssessmentStatus } from "./assessment.enums";

/** Who may see what, in one place (reference resolvers, queries and field resolvers use it). */

/** A solution is visible when published in the catalogue, or to its supplier's members and admins. */
export const canSeeSolution = (identity: Identity | null, p: Pick<SolutionProjection, "status" | "supplierId">) =>
  p.status === PUBLISHED_SOLUTION || isAdmin(identity) || isMemberOf(identity, p.supplierId);

/** Unpublished assessments (drafts, submitted, returned) are for the owning supplier and admins only. */
export const canSeeWork = (identity: Identity | null, supplierId: string | null) => isAdmin(identity) || isMemberOf(identity, supplierId);

export const canSeeAssessment = (
  identity: Identity | null,
  a: { status: AssessmentStatus },
  p: Pick<SolutionProjection, "status" | "supplierId"> | null,
) => !!p && canSeeSolution(identity, p) && (a.status === AssessmentStatus.PUBLISHED || canSeeWork(identity, p.supplierId));
