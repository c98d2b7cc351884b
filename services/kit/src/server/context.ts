import type { Identity } from "../identity/identity";

/** What every subgraph resolver receives; subgraphs extend it with their loaders. */
export interface BaseContext {
  identity: Identity | null;
  requestId: string;
}
