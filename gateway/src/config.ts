import { z } from "zod";
import { envGatewaySecret, envPort, parseEnv, SUBGRAPHS } from "@gouvtech/kit";

/** `CATALOGUE_URL`, `ASSESSMENT_URL`…: where the gateway reaches each subgraph. */
export const subgraphUrlVariable = (name: string) => `${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_URL`;

const subgraphUrls = Object.fromEntries(
  SUBGRAPHS.map((s) => [subgraphUrlVariable(s.name), z.string().url().default(`http://127.0.0.1:${s.port}/graphql`)]),
);

/** Every setting the gateway reads, parsed once at start-up (documented in docs/gateway.md). */
export const gatewayEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  PORT: envPort(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  GATEWAY_SECRET: envGatewaySecret,
  SUPERGRAPH_FILE: z.string().optional(),
  ...subgraphUrls,
});
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export interface GatewayConfig {
  production: boolean;
  host: string;
  port: number;
  logLevel: string;
  gatewaySecret: string;
  /** Path of the composed supergraph; gateway/supergraph.graphql when absent. */
  supergraphFile?: string;
  /** Subgraph name → GraphQL URL. */
  subgraphUrls: Record<string, string>;
}

export function readGatewayConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const env = parseEnv(gatewayEnvSchema, source) as GatewayEnv & Record<string, string>;
  return {
    production: env.NODE_ENV === "production",
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    gatewaySecret: env.GATEWAY_SECRET,
    supergraphFile: env.SUPERGRAPH_FILE,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, env[subgraphUrlVariable(s.name)]])),
  };
}
