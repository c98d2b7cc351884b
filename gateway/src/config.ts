import { z } from "zod";
import { envBoolean, envGatewaySecret, envPort, parseEnv, ROLES, SUBGRAPHS } from "@gouvtech/kit";

/** `CATALOGUE_URL`, `ASSESSMENT_URL`…: where the gateway reaches each subgraph. */
export const subgraphUrlVariable = (name: string) => `${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_URL`;

const subgraphUrls = Object.fromEntries(
  SUBGRAPHS.map((s) => [subgraphUrlVariable(s.name), z.string().url().default(`http://127.0.0.1:${s.port}/graphql`)]),
);

const int = (fallback: number, min = 1, max = 1_000_000) => z.coerce.number().int().min(min).max(max).default(fallback);
const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

const partnerKeysSchema = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return [];
    try {
      return JSON.parse(v) as unknown;
    } catch {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be JSON: [{"name":…,"key":…,"points":…}]' });
      return z.NEVER;
    }
  })
  .pipe(
    z.array(z.object({ name: z.string().regex(/^[a-z0-9-]{1,40}$/), key: z.string().min(24), points: z.number().int().min(1) }).strict()),
  );

/** Every setting the gateway reads, parsed once at start-up (documented in docs/gateway.md). */
export const gatewayEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().default("127.0.0.1"),
    PORT: envPort(4000),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    GATEWAY_SECRET: envGatewaySecret,
    SUPERGRAPH_FILE: z.string().optional(),
    WEB_DIST_DIR: z.string().optional(),
    TRUST_PROXY: z.string().default("false"),
    // identity
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_JWKS_URI: z.string().url().optional(),
    OIDC_AUDIENCE: z.string().min(1).default("gouvtech-catalogue"),
    OIDC_ALGORITHMS: csv.pipe(z.array(z.enum(["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]))),
    OIDC_CLOCK_TOLERANCE_S: int(30, 0, 300),
    OIDC_DEFAULT_ROLE: z.enum([...ROLES, "NONE"]).default("AGENT"),
    DEV_OIDC_ENABLED: envBoolean(false),
    DEV_OIDC_TOKEN_TTL_S: int(3600, 60, 86_400),
    // operation limits
    MAX_DEPTH: int(12),
    MAX_ALIASES: int(15),
    MAX_TOKENS: int(2000),
    MAX_DIRECTIVES: int(20),
    MAX_COST: int(20_000),
    MAX_FIRST: int(100, 1, 10_000),
    BODY_LIMIT_BYTES: int(100_000, 1_000, 10_000_000),
    EXECUTION_TIMEOUT_MS: int(15_000, 100, 600_000),
    INTROSPECTION: envBoolean(false).optional(),
    // rate limits
    RATE_LIMIT_POINTS: int(300),
    RATE_LIMIT_WINDOW_S: int(60, 1, 86_400),
    PARTNER_API_KEYS: partnerKeysSchema,
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, "must be a redis:// URL")
      .optional(),
    // persisted operations
    APQ_ENABLED: envBoolean(true),
    PERSISTED_OPERATIONS_FILE: z.string().optional(),
    PERSISTED_OPERATIONS_ONLY: envBoolean(false),
    // cross-origin and operations
    CORS_ORIGINS: csv.pipe(z.array(z.string().url())),
    METRICS_ENABLED: envBoolean(true),
    METRICS_TOKEN: z.string().min(24, "at least 24 characters").optional(),
    ...subgraphUrls,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && env.DEV_OIDC_ENABLED) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["DEV_OIDC_ENABLED"],
        message: "the development identity provider cannot run with NODE_ENV=production",
      });
    }
    if (env.PERSISTED_OPERATIONS_ONLY && !env.PERSISTED_OPERATIONS_FILE) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["PERSISTED_OPERATIONS_FILE"],
        message: "is required when PERSISTED_OPERATIONS_ONLY=true",
      });
    }
  });
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export interface PartnerKey {
  name: string;
  key: string;
  points: number;
}

export interface GatewayConfig {
  production: boolean;
  /** Stack traces and internal messages in error responses (NODE_ENV=development only). */
  exposeInternals: boolean;
  host: string;
  port: number;
  logLevel: string;
  gatewaySecret: string;
  supergraphFile?: string;
  /** Built web client served at / (same origin as /graphql); `npm start` sets it to web/dist. */
  webDistDir?: string;
  /** Express `trust proxy` (false, true, a hop count or a list of addresses): how the client IP is found. */
  trustProxy: boolean | number | string;
  /** Subgraph name → GraphQL URL. */
  subgraphUrls: Record<string, string>;
  oidc: {
    issuer?: string;
    jwksUri?: string;
    audience: string;
    algorithms: string[];
    clockToleranceS: number;
    /** Role of a verified token that carries no `role` claim (ProConnect agents); NONE rejects it. */
    defaultRole: (typeof ROLES)[number] | "NONE";
  };
  devOidc: { enabled: boolean; tokenTtlS: number };
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
    maxCost: number;
    maxFirst: number;
    bodyLimitBytes: number;
    executionTimeoutMs: number;
    introspection: boolean;
    fieldSuggestions: boolean;
  };
  rateLimit: { points: number; windowS: number; partners: PartnerKey[]; redisUrl?: string };
  persisted: { apq: boolean; manifestFile?: string; only: boolean };
  corsOrigins: string[];
  metrics: { enabled: boolean; token?: string };
}

function trustProxy(value: string): boolean | number | string {
  if (value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function readGatewayConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const env = parseEnv(gatewayEnvSchema, source) as GatewayEnv & Record<string, string>;
  const production = env.NODE_ENV === "production";
  return {
    production,
    exposeInternals: env.NODE_ENV === "development",
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    gatewaySecret: env.GATEWAY_SECRET,
    supergraphFile: env.SUPERGRAPH_FILE,
    webDistDir: env.WEB_DIST_DIR,
    trustProxy: trustProxy(env.TRUST_PROXY),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, env[subgraphUrlVariable(s.name)]])),
    oidc: {
      issuer: env.OIDC_ISSUER,
      jwksUri: env.OIDC_JWKS_URI,
      audience: env.OIDC_AUDIENCE,
      algorithms: env.OIDC_ALGORITHMS.length ? env.OIDC_ALGORITHMS : ["RS256", "ES256"],
      clockToleranceS: env.OIDC_CLOCK_TOLERANCE_S,
      defaultRole: env.OIDC_DEFAULT_ROLE,
    },
    devOidc: { enabled: env.DEV_OIDC_ENABLED, tokenTtlS: env.DEV_OIDC_TOKEN_TTL_S },
    limits: {
      maxDepth: env.MAX_DEPTH,
      maxAliases: env.MAX_ALIASES,
      maxTokens: env.MAX_TOKENS,
      maxDirectives: env.MAX_DIRECTIVES,
      maxCost: env.MAX_COST,
      maxFirst: env.MAX_FIRST,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      executionTimeoutMs: env.EXECUTION_TIMEOUT_MS,
      introspection: env.INTROSPECTION ?? !production,
      fieldSuggestions: !production,
    },
    rateLimit: { points: env.RATE_LIMIT_POINTS, windowS: env.RATE_LIMIT_WINDOW_S, partners: env.PARTNER_API_KEYS, redisUrl: env.REDIS_URL },
    persisted: { apq: env.APQ_ENABLED, manifestFile: env.PERSISTED_OPERATIONS_FILE, only: env.PERSISTED_OPERATIONS_ONLY },
    corsOrigins: env.CORS_ORIGINS,
    metrics: { enabled: env.METRICS_ENABLED, token: env.METRICS_TOKEN },
  };
}
