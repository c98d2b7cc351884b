import type { Identity } from "@gouvtech/kit";

/** What the gateway knows about a request: who (verified by the gateway) and its id. */
export interface GatewayContext {
  identity: Identity | null;
  requestId: string;
}
