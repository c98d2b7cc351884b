import type { SolutionFilter, SolutionSort } from "../../gql/graphql";

export const PAGE_SIZE = 12;

/** Facet name in the API → query-string key in the URL (French, shareable). */
export const FACET_KEYS = {
  categories: "categorie",
  distributions: "distribution",
  deployments: "deploiement",
  purchasingCentrals: "centrale",
  targetPublics: "public",
} as const;
export type FacetName = keyof typeof FACET_KEYS;

/** Minimum score and rating filters → query-string key; the values offered, as the API expects them. */
export const THRESHOLD_KEYS = { minScore: "score_min", minRating: "note_min" } as const;
export type ThresholdName = keyof typeof THRESHOLD_KEYS;
export const THRESHOLD_VALUES: Record<ThresholdName, readonly number[]> = { minScore: [50, 70, 85], minRating: [3, 4, 4.5] };

export const SORT_VALUES: Record<string, SolutionSort> = {
  pertinence: "RELEVANCE",
  nom: "NAME",
  recent: "RECENT",
  score: "SCORE",
  note: "RATING",
};

export interface ExploreState {
  search: string;
  filter: SolutionFilter;
  sort: SolutionSort;
  sortKey: string;
  page: number;
}

/** The URL is the state of the page: reading it gives the query variables. */
export function readExploreState(params: URLSearchParams): ExploreState {
  const search = params.get("q")?.trim() ?? "";
  const filter: Record<string, string[] | number> = {};
  for (const [name, key] of Object.entries(FACET_KEYS)) {
    const values = params.getAll(key);
    if (values.length) filter[name] = values;
  }
  // only the offered thresholds: anything else in a hand-edited URL is ignored, not sent
  for (const [name, key] of Object.entries(THRESHOLD_KEYS) as [ThresholdName, string][]) {
    const value = Number(params.get(key));
    if (THRESHOLD_VALUES[name].includes(value)) filter[name] = value;
  }
  // Relevance needs words to rank by: without a search, the page offers (and sends) the name sort.
  const asked = params.get("tri") ?? (search ? "pertinence" : "nom");
  const sortKey = Object.hasOwn(SORT_VALUES, asked) && (search || asked !== "pertinence") ? asked : "nom";
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  return { search, filter: filter as SolutionFilter, sort: SORT_VALUES[sortKey], sortKey, page };
}

/**
 * The cursor after which page `page` starts. The catalogue's cursors encode an offset
 * (services/kit/src/pagination/connection.ts, `o:<offset>` in base64url); page numbers in
 * the URL keep links shareable and let the DSFR pagination jump to any page.
 */
export function cursorBeforePage(page: number, pageSize = PAGE_SIZE): string | null {
  if (page <= 1) return null;
  const offset = (page - 1) * pageSize - 1;
  return btoa(`o:${offset}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A copy of the params with one facet value toggled, back to page 1. */
export function toggleFacet(params: URLSearchParams, facet: FacetName, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const key = FACET_KEYS[facet];
  const values = next.getAll(key);
  next.delete(key);
  for (const v of values.includes(value) ? values.filter((x) => x !== value) : [...values, value]) next.append(key, v);
  next.delete("page");
  return next;
}

/** A copy of the params with one threshold set (or removed with null), back to page 1. */
export function setThreshold(params: URLSearchParams, name: ThresholdName, value: number | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(THRESHOLD_KEYS[name]);
  else next.set(THRESHOLD_KEYS[name], String(value));
  next.delete("page");
  return next;
}
