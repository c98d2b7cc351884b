import { z } from "zod";
import { envBoolean, envDatabaseUrl, envPort, parseEnv, SUBGRAPHS } from "@gouvtech/kit";
import type { StackOptions } from "./start-stack";
import { envName } from "./start-stack";

/** What `npm start` reads from the environment (docs/running.md). */
export const stackEnvSchema = z.object({
  DATABASE_URL: envDatabaseUrl,
  GATEWAY_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PORT: envPort(4000),
  DATA_DIR: z.string().optional(),
  SEED_DEMO_DATA: envBoolean(true),
  DEV_OIDC_ENABLED: envBoolean(true),
  ...Object.fromEntries(SUBGRAPHS.map((s) => [envName(s.name, "PORT"), envPort(s.port)])),
});

export function readStackOptions(source: NodeJS.ProcessEnv = process.env): StackOptions {
  const env = parseEnv(stackEnvSchema, source) as z.infer<typeof stackEnvSchema> & Record<string, number>;
  return {
    databaseUrl: env.DATABASE_URL,
    gatewaySecret: env.GATEWAY_SECRET,
    gatewayPort: env.PORT,
    dataDir: env.DATA_DIR,
    seedDemoData: env.SEED_DEMO_DATA,
    devOidc: env.DEV_OIDC_ENABLED,
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, env[envName(s.name, "PORT")]])),
  };
}
