import { signIdentity } from "../identity/gateway-signature";
import type { Identity } from "../identity/identity";

/** The secret tests sign with (never used outside tests). */
export const TEST_GATEWAY_SECRET = "test-only-gateway-secret-0123456789abcdef";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

/** Calls a subgraph over HTTP as the gateway would, signing the given identity. */
export async function callSubgraph<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  identity: Identity | null = null,
  opts: { secret?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...signIdentity(identity, opts.secret ?? TEST_GATEWAY_SECRET),
      ...opts.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: res.status, ...body };
}

/** Code of the first error, for assertions. */
export const errorCode = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code;
