import { readFileSync } from "node:fs";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { SUBGRAPHS, SubgraphEntry } from "@gouvtech/kit";

/** Composition failed: each message names the subgraphs and types at fault. */
export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Supergraph composition failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export interface ComposedSupergraph {
  supergraphSdl: string;
  /** Composition hints (not errors): worth reading, never fatal. */
  hints: string[];
}

/**
 * Composes the committed SDL of each subgraph (Federation v2). The URLs written into the
 * supergraph are the local defaults; the gateway overrides them from its configuration.
 */
export function composeSupergraph(rootDir: string, subgraphs: SubgraphEntry[] = SUBGRAPHS): ComposedSupergraph {
  const services = subgraphs.map((s) => ({
    name: s.name,
    url: `http://127.0.0.1:${s.port}/graphql`,
    typeDefs: parse(readFileSync(join(rootDir, s.schemaFile), "utf8")),
  }));
  const result = composeServices(services);
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  return { supergraphSdl: result.supergraphSdl, hints: result.hints.map((h) => h.toString()) };
}
