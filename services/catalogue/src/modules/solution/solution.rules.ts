// The SPDX licence list, maintained upstream (spdx-license-ids); deprecated ids are not accepted.
import spdxIds = require("spdx-license-ids");
import { fieldError } from "@gouvtech/kit";
import { Distribution } from "./solution.enums";

const SPDX = new Set<string>(spdxIds);

export const isSpdxId = (id: string) => SPDX.has(id);

/**
 * Against "open-source washing": a solution sold as OPEN_SOURCE or HYBRID names at least
 * one licence, and every licence named is a valid SPDX id.
 */
export function checkLicences(distribution: Distribution, licences: string[], field = "input.licences"): void {
  licences.forEach((id, i) => {
    if (!isSpdxId(id))
      throw fieldError(`${field}[${i}]`, `« ${id} » n'est pas un identifiant SPDX valide (ex. : MIT, GPL-3.0-only, EUPL-1.2)`);
  });
  if (distribution !== Distribution.PROPRIETARY && licences.length === 0) {
    throw fieldError(field, "une solution open source ou hybride doit indiquer au moins une licence SPDX");
  }
}

/** URL-friendly slug from a name: "Démarches Simplifiées" → "demarches-simplifiees". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120);
  return slug || "solution";
}
