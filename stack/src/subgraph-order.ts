import type { SubgraphEntry } from "@gouvtech/kit";

/** Subgraphs in start order: each one after the subgraphs whose event feed it consumes. */
export function startOrder(subgraphs: SubgraphEntry[]): SubgraphEntry[] {
  const byName = new Map(subgraphs.map((s) => [s.name, s]));
  const ordered: SubgraphEntry[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (s: SubgraphEntry) => {
    if (state.get(s.name) === "done") return;
    if (state.get(s.name) === "visiting") throw new Error(`subgraph event feeds form a cycle through ${s.name}`);
    state.set(s.name, "visiting");
    for (const dep of s.consumes) {
      const producer = byName.get(dep);
      if (!producer) throw new Error(`${s.name} consumes unknown subgraph ${dep}`);
      visit(producer);
    }
    state.set(s.name, "done");
    ordered.push(s);
  };
  subgraphs.forEach(visit);
  return ordered;
}
