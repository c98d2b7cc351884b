/**
 * The subgraphs of the project: one place that `npm start` (stack/) and composition
 * (gateway/) both read. Paths are relative to the repository root.
 */
export interface SubgraphEntry {
  name: string;
  /** Default port (env `<NAME>_PORT` overrides it in the launcher). */
  port: number;
  /** Compiled entry point, started by the launcher. */
  entry: string;
  /** Committed SDL, composed into gateway/supergraph.graphql. */
  schemaFile: string;
  /** Subgraphs whose event feed this one consumes (started first). */
  consumes: string[];
}

export const SUBGRAPHS: SubgraphEntry[] = [
  {
    name: "catalogue",
    port: 4001,
    entry: "services/catalogue/dist/index.js",
    schemaFile: "services/catalogue/schema.graphql",
    consumes: [],
  },
  {
    name: "assessment",
    port: 4002,
    entry: "services/assessment/dist/index.js",
    schemaFile: "services/assessment/schema.graphql",
    consumes: ["catalogue"],
  },
  {
    name: "community",
    port: 4003,
    entry: "services/community/dist/index.js",
    schemaFile: "services/community/schema.graphql",
    consumes: ["catalogue"],
  },
];
