import type { ApolloServerPlugin } from "@apollo/server";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;

/** The gateway's Prometheus metrics, in a registry of its own. */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  readonly requests = new Counter({
    name: "gateway_graphql_requests_total",
    help: "GraphQL operations by operation name and outcome (success, error)",
    labelNames: ["operation", "outcome"],
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: "gateway_graphql_request_duration_seconds",
    help: "GraphQL operation latency",
    labelNames: ["operation"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: "gateway_graphql_errors_total",
    help: "GraphQL errors by extensions.code",
    labelNames: ["code"],
    registers: [this.registry],
  });
  readonly rejections = new Counter({
    name: "gateway_http_rejections_total",
    help: "Requests refused before GraphQL (unauthenticated, rate_limited, body_too_large, batched, not_registered)",
    labelNames: ["reason"],
    registers: [this.registry],
  });
  readonly subgraphFetches = new Histogram({
    name: "gateway_subgraph_fetch_duration_seconds",
    help: "Calls from the gateway to each subgraph, by outcome",
    labelNames: ["subgraph", "outcome"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "gateway_" });
  }

  /** Bounded label: a well-formed name among the first 200 seen, else "other". */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_LABELS) return "other";
    this.names.add(name);
    return name;
  }

  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const start = process.hrtime.bigint();
        return {
          willSendResponse: async ({ request, response, errors }) => {
            const operation = this.operationLabel(request.operationName);
            const body = response.body.kind === "single" ? response.body.singleResult : undefined;
            const all = errors ?? body?.errors ?? [];
            this.requests.inc({ operation, outcome: all.length ? "error" : "success" });
            this.latency.observe({ operation }, Number(process.hrtime.bigint() - start) / 1e9);
            for (const e of all) this.errors.inc({ code: String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR") });
          },
        };
      },
    };
  }
}
