import spdxIds = require("spdx-license-ids");
import { z } from "zod";
import { readDataFile } from "../seed/read-data-file";

const data = z
  .object({ aliases: z.record(z.string()), notALicence: z.array(z.string()) })
  .parse(readDataFile("src/import/licence-aliases.json"));

const BY_LOWER = new Map<string, string>(spdxIds.map((id) => [id.toLowerCase(), id]));
const ALIASES = new Map<string, string>(Object.entries(data.aliases));
const NOT_A_LICENCE = new Set<string>(data.notALicence);

/** Separators between several licences: "A, B", "A / B", "A et B", "A ou B", "A and B", "A or B", "A; B". */
const SEPARATORS = /\s*(?:,|;|\/|\s(?:et|ou|and|or)\s)\s*/i;
/** The GNU family in its many spellings: "GPL-2.0", "GPL V2.0", "LGPL-v2.1", "AGPL-3", "GPL-2.0+", "GPL-3.0-or-later". */
const GNU = /^(A|L)?GPL[\s-]*v?\s*(\d)(?:\.(\d))?\s*(\+|-or-later|-only)?$/i;

export interface NormalisedLicences {
  /** Valid SPDX ids, in the order given, without duplicates. */
  ids: string[];
  /** Parts of the text that name no licence the SPDX list knows. */
  unknown: string[];
}

/** One licence name to its SPDX id, or null. */
function normaliseOne(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  const exact = BY_LOWER.get(lower);
  if (exact) return exact;
  const alias = ALIASES.get(lower);
  if (alias) return alias;
  const gnu = GNU.exec(text);
  if (gnu) {
    const family = `${gnu[1] ? gnu[1].toUpperCase() : ""}GPL`;
    const version = `${gnu[2]}.${gnu[3] ?? "0"}`;
    const range = gnu[4] === "+" || gnu[4]?.toLowerCase() === "-or-later" ? "or-later" : "only";
    return BY_LOWER.get(`${family}-${version}-${range}`.toLowerCase()) ?? null;
  }
  // "MPL 2.0", "EPL 1.0", "Apache 2.0": the name and version joined by a hyphen.
  const spaced = BY_LOWER.get(lower.replace(/ /g, "-"));
  return spaced ?? null;
}

/**
 * Licence free text as written in the SILL to SPDX ids: "GPL-2.0" → GPL-2.0-only,
 * "GPL-2.0+" → GPL-2.0-or-later, "LGPL-2.1, LGPL-2.0,  LGPL-3.0" → three ids,
 * "N/A" → none. Deprecated SPDX ids are mapped to their current form.
 */
export function normaliseLicences(text: string): NormalisedLicences {
  const ids: string[] = [];
  const unknown: string[] = [];
  if (NOT_A_LICENCE.has(text.trim().toLowerCase())) return { ids, unknown };
  for (const part of text.split(SEPARATORS)) {
    const trimmed = part.trim();
    if (!trimmed || NOT_A_LICENCE.has(trimmed.toLowerCase())) continue;
    const id = normaliseOne(trimmed);
    if (!id) unknown.push(trimmed);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}
