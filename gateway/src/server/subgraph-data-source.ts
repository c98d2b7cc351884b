import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { ErrorCode, GATEWAY_HEADERS, REQUEST_ID_HEADER, signIdentity, type Logger } from "@gouvtech/kit";
import type { GatewayContext } from "./context";
import type { GatewayMetrics } from "../observability/metrics";

export interface SubgraphSourceOptions {
  name: string;
  url: string;
  secret: string;
  /** The execution timeout: a subgraph call is aborted a second after it. */
  timeoutMs: number;
  metrics: GatewayMetrics;
  logger: Logger;
}

/**
 * Calls one subgraph: drops any identity-like header, signs the identity the gateway
 * verified itself, passes the request id along, times the call, and turns a failed call
 * into an error that names the subgraph without its URL.
 */
export class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly opts: SubgraphSourceOptions) {
    super({ url: opts.url });
    const { metrics, name, timeoutMs } = opts;
    this.fetcher = (async (url: string, init: RequestInit) => {
      const end = metrics.subgraphFetches.startTimer({ subgraph: name });
      try {
        const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs + 1_000) });
        end({ outcome: res.ok ? "ok" : `http_${res.status}` });
        return res;
      } catch (err) {
        end({ outcome: "unreachable" });
        throw err;
      }
    }) as unknown as RemoteGraphQLDataSource["fetcher"];
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http!.headers;
    for (const name of GATEWAY_HEADERS) headers.delete(name);
    for (const [name, value] of Object.entries(signIdentity(context.identity ?? null, this.opts.secret))) headers.set(name, value);
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]> {
    try {
      return await super.process(options);
    } catch (err) {
      this.opts.logger.warn(
        { requestId: (options.context as GatewayContext | undefined)?.requestId, subgraph: this.opts.name, err: (err as Error).message },
        "subgraph call failed",
      );
      throw new GraphQLError(`Le service « ${this.opts.name} » n'a pas répondu : les données qui en dépendent sont absentes.`, {
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, serviceName: this.opts.name },
      });
    }
  }
}
