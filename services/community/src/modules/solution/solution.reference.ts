import { isUuid } from "@gouvtech/kit";
import { Solution } from "./solution.entity";

/**
 * `_entities` for Solution: the community holds no Solution row to load, only fields keyed by
 * its id, each resolved through a batched loader; so no statement is spent here.
 */
export const resolveSolutionReference = (ref: { id: string }): Solution | null =>
  isUuid(ref.id) ? Object.assign(new Solution(), { id: ref.id }) : null;

/** The Solution a review or report is about, as a reference the gateway completes from the catalogue. */
export const solutionOf = (row: { solutionId: string }): Solution => Object.assign(new Solution(), { id: row.solutionId });
