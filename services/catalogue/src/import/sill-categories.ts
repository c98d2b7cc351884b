import { z } from "zod";
import { readDataFile } from "../seed/read-data-file";
import type { SillRecord } from "./sill-record";

const rulesData = z
  .object({
    maxCategories: z.number().int().min(1),
    rules: z.array(z.object({ code: z.string(), patterns: z.array(z.string()).min(1) })),
    fallbacks: z.record(z.string()),
  })
  .parse(readDataFile("src/import/sill-category-rules.json"));

interface CategoryRule {
  code: string;
  patterns: RegExp[];
}

const RULES: CategoryRule[] = rulesData.rules.map((r) => ({ code: r.code, patterns: r.patterns.map((p) => new RegExp(p, "i")) }));
const FALLBACKS: Record<string, string> = rulesData.fallbacks;
const MAX = rulesData.maxCategories;

/** Every category code the rules may produce (checked against the taxonomy by the tests). */
export const SILL_CATEGORY_CODES: string[] = [...new Set([...RULES.map((r) => r.code), ...Object.values(FALLBACKS)])];

/** Lower case without accents, as the rules are written. */
export const foldFrench = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/’/g, "'")
    .trim();

/** Needs matched by the record's own `_function`. */
export function matchCategories(fn: string): string[] {
  const text = foldFrench(fn);
  const codes: string[] = [];
  for (const rule of RULES) {
    if (codes.length >= MAX) break;
    if (!codes.includes(rule.code) && rule.patterns.some((p) => p.test(text))) codes.push(rule.code);
  }
  return codes;
}

/**
 * The record's needs: its own matches, else its parent software's (a GLPI plugin belongs
 * where GLPI does), else the fallback of its ministerial group. Never empty.
 */
export function categoriesOf(record: SillRecord, parentFunction: string | undefined): string[] {
  const own = matchCategories(record._function);
  if (own.length) return own;
  const inherited = parentFunction ? matchCategories(parentFunction) : [];
  if (inherited.length) return inherited;
  return [FALLBACKS[record.mimGroup]];
}
