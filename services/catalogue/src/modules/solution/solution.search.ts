/**
 * Turns what a person typed into a French tsquery: accents folded, every word a
 * prefix (`messag` finds "messagerie"), stemmed by the `french` configuration, all
 * words required. Returns null when nothing searchable remains.
 */
export function toFrenchTsQuery(search: string | null | undefined): string | null {
  if (!search) return null;
  const words = search
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `${w}:*`).join(" & ");
}
