import { z } from "zod";

/**
 * Parses environment variables with a zod schema, once, at start-up.
 * A bad value stops the process with a message naming each faulty variable.
 */
export function parseEnv<S extends z.ZodTypeAny>(schema: S, source: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** Boolean env flag: "true"/"1"/"yes" or "false"/"0"/"no". */
export const envBoolean = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .optional()
    .transform((v) => (v === undefined ? fallback : ["true", "1", "yes"].includes(v)));

/** TCP port, 0 meaning "any free port". */
export const envPort = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** postgres:// URL. */
export const envDatabaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// URL")
  .optional();

/** Secret shared by the gateway and the subgraphs to sign forwarded identities. */
export const envGatewaySecret = z
  .string({ required_error: "is required (at least 32 characters, shared by gateway and subgraphs)" })
  .min(32, "must be at least 32 characters");

/** The settings every subgraph reads. */
export const subgraphEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: envDatabaseUrl,
  /** Set by `npm start` when DATABASE_URL is an embedded PGlite socket (forces one connection). */
  DATABASE_EMBEDDED: envBoolean(false),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  GATEWAY_SECRET: envGatewaySecret,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DEMO_DATA: envBoolean(false),
  /** How often a subgraph polls the event feeds it consumes. */
  EVENT_POLL_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
});
export type SubgraphEnv = z.infer<typeof subgraphEnvSchema>;
