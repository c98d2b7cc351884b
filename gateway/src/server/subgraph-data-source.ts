import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { GATEWAY_HEADERS, REQUEST_ID_HEADER, signIdentity } from "@gouvtech/kit";
import type { GatewayContext } from "./context";

/**
 * Calls one subgraph: drops any identity-like header, then signs the identity the
 * gateway verified itself, and passes the request id along.
 */
export class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    const headers = request.http!.headers;
    for (const name of GATEWAY_HEADERS) headers.delete(name);
    for (const [name, value] of Object.entries(signIdentity(context.identity ?? null, this.secret))) headers.set(name, value);
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}
