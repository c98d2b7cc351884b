import type { FacetCount, SolutionFacets } from "./solution.connection";
import type { FacetRow } from "./solution.query";
import { LABELS } from "./solution.labels";

const byCountThenLabel = (a: FacetCount, b: FacetCount) => b.count - a.count || a.label.localeCompare(b.label, "fr");

/** Shapes the rows of the facet statement into the GraphQL facets, with French labels. */
export function toFacets(rows: FacetRow[]): SolutionFacets {
  const pick = (facet: FacetRow["facet"], label: (r: FacetRow) => string) =>
    rows
      .filter((r) => r.facet === facet && r.value !== null)
      .map((r) => ({ value: r.value!, label: label(r), count: r.count }))
      .sort(byCountThenLabel);
  return {
    categories: pick("category", (r) => r.label ?? r.value!),
    distributions: pick("distribution", (r) => LABELS[r.value!] ?? r.value!),
    deployments: pick("deployment", (r) => LABELS[`dep:${r.value}`] ?? r.value!),
    purchasingCentrals: pick("purchasingCentral", (r) => r.label ?? r.value!),
    targetPublics: pick("targetPublic", (r) => LABELS[r.value!] ?? r.value!),
  };
}
