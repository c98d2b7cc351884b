import http from "node:http";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import cors from "cors";
import { mountWebClient } from "./web-client";
import express, { NextFunction, Request, Response } from "express";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { createLogger, Logger, REQUEST_ID_HEADER } from "@gouvtech/kit";
import type { GatewayConfig } from "../config";
import type { GatewayContext } from "./context";
import { SignedSubgraphDataSource } from "./subgraph-data-source";
import { withExecutionTimeout } from "./timeout-gateway";
import { createGatewayFormatError } from "./format-error";
import { subgraphReadiness } from "./readiness";
import { badRequest } from "./http-errors";
import { GatewayMetrics } from "../observability/metrics";
import { metricsRoute } from "../observability/metrics-route";
import { RedisApqStore } from "../persisted/apq-store";
import { closeRedis, connectRedis } from "./redis-connection";
import { operationLimits } from "../limits/operation-limits";
import { createRateLimiter, API_KEY_HEADER } from "../limits/rate-limit";
import { loadPersistedOperations } from "../persisted/persisted-operations";
import { createTokenVerifier, refuseAllTokens, TokenVerifier } from "../auth/token-verifier";
import { rejectRefusedTokens, verifyBearer, AuthLocals } from "../auth/auth-middleware";
import { createDevIssuer, DEV_OIDC_PATH } from "../dev-oidc/dev-issuer";

export interface RunningGateway {
  url: string;
  port: number;
  /** Issuer URL of the development identity provider, when enabled. */
  devIssuer?: string;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
export const DEFAULT_SUPERGRAPH_FILE = join(__dirname, "..", "..", "supergraph.graphql");

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

/**
 * Serves the committed supergraph on /graphql: bearer JWT → identity (signed to the
 * subgraphs), operation limits, rate limits, persisted operations, CORS allow-list,
 * /healthz, /readyz, /metrics, JSON logs with request ids, graceful shutdown.
 */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger("gateway", config.logLevel),
): Promise<RunningGateway> {
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const metrics = new GatewayMetrics();
  const limits = operationLimits(config.limits);
  const redis = await connectRedis(config.rateLimit.redisUrl, logger);
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  const httpServer = http.createServer(app);

  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphFile ?? DEFAULT_SUPERGRAPH_FILE, "utf8"),
    buildService: ({ name, url }) =>
      new SignedSubgraphDataSource({
        name,
        url: config.subgraphUrls[name] ?? url!,
        secret: config.gatewaySecret,
        timeoutMs: config.limits.executionTimeoutMs,
        metrics,
        logger,
      }),
    logger: {
      debug: () => undefined,
      info: (m) => logger.info(String(m)),
      warn: (m) => logger.warn(String(m)),
      error: (m) => logger.error(String(m)),
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway: withExecutionTimeout(gateway, config.limits.executionTimeoutMs),
    introspection: config.limits.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: config.persisted.apq && !config.persisted.only ? { cache: redis && new RedisApqStore(redis, logger) } : false,
    includeStacktraceInErrorResponses: config.exposeInternals,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: createGatewayFormatError({
      exposeInternals: config.exposeInternals,
      log: (err) => logger.error({ err }, "unexpected gateway error"),
    }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ...limits.plugins,
      metrics.plugin(),
    ],
  });
  await apollo.start();
  const rateLimiter = createRateLimiter(config.rateLimit, redis, logger, () => metrics.rejections.inc({ reason: "rate_limited" }));
  const persisted = config.persisted.manifestFile
    ? loadPersistedOperations(config.persisted.manifestFile, config.persisted.only, () =>
        metrics.rejections.inc({ reason: "not_registered" }),
      )
    : undefined;

  // request id and access log
  app.use((req, res, next) => {
    const given = req.header(REQUEST_ID_HEADER);
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const start = process.hrtime.bigint();
    res.on("finish", () => {
      const path = req.originalUrl.split("?")[0];
      if (path !== "/graphql") return;
      const identity = (res.locals as AuthLocals).identity;
      logger.info(
        {
          requestId,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - start) / 1e6,
          caller: identity?.sub ?? null,
        },
        "request",
      );
    });
    next();
  });

  let stopping = false;
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  app.get("/readyz", async (_req, res) => {
    const subgraphs = await subgraphReadiness(config.subgraphUrls);
    const ready = !stopping && Object.values(subgraphs).every((s) => s === "ready");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unready", subgraphs });
  });
  if (config.metrics.enabled) app.get("/metrics", metricsRoute(metrics, config.metrics.token));

  // identity: the development issuer (same JWKS code path) or the configured OIDC issuer
  let verifier: TokenVerifier = refuseAllTokens;
  let devIssuerUrl: string | undefined;
  const devRouter = express.Router();
  if (config.devOidc.enabled) app.use(DEV_OIDC_PATH, devRouter);
  else if (config.oidc.issuer)
    verifier = createTokenVerifier({ issuer: config.oidc.issuer, jwksUri: config.oidc.jwksUri }, config.oidc, logger);

  const corsMiddleware = cors({
    origin: (origin, done) => done(null, !!origin && config.corsOrigins.includes(origin)),
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: [
      "content-type",
      "authorization",
      API_KEY_HEADER,
      "apollo-require-preflight",
      "x-apollo-operation-name",
      REQUEST_ID_HEADER,
    ],
    exposedHeaders: [REQUEST_ID_HEADER, "retry-after", "ratelimit-limit", "ratelimit-remaining"],
    maxAge: 600,
  });
  app.use(
    "/graphql",
    corsMiddleware,
    express.json({ limit: config.limits.bodyLimitBytes }),
    (err: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (err.type === "entity.too.large") {
        metrics.rejections.inc({ reason: "body_too_large" });
        return badRequest(res, 413, "BAD_USER_INPUT", `Corps de requête trop grand (maximum ${config.limits.bodyLimitBytes} octets).`, {
          limit: "bodySize",
        });
      }
      if (err.status && err.status < 500) return badRequest(res, 400, "BAD_USER_INPUT", "Corps de requête JSON invalide.");
      next(err);
    },
    (req: Request, res: Response, next: NextFunction) => {
      if (!Array.isArray(req.body)) return next();
      metrics.rejections.inc({ reason: "batched" });
      badRequest(res, 400, "BAD_USER_INPUT", "Les requêtes groupées (batch) ne sont pas acceptées.", { limit: "batch" });
    },
    ...(persisted ? [persisted.middleware] : []),
    (req: Request, res: Response, next: NextFunction) => verifyBearer(verifier, logger)(req, res, next),
    rateLimiter.middleware,
    rejectRefusedTokens(logger),
    (_req: Request, res: Response, next: NextFunction) => {
      if (res.statusCode === 401) metrics.rejections.inc({ reason: "unauthenticated" });
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => ({ identity: (res.locals as AuthLocals).identity ?? null, requestId: res.locals.requestId as string }),
    }),
  );

  mountWebClient(app, config.webDistDir, logger);

  const port = await listen(httpServer, config.port, config.host);
  const hostForUrl =
    config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host.includes(":") ? `[${config.host}]` : config.host;
  if (config.devOidc.enabled) {
    devIssuerUrl = `http://localhost:${port}${DEV_OIDC_PATH}`;
    const dev = await createDevIssuer(devIssuerUrl, config.oidc.audience, config.devOidc.tokenTtlS);
    devRouter.use(dev.router);
    const loopback = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : hostForUrl;
    verifier = createTokenVerifier(
      {
        issuer: devIssuerUrl,
        discoveryBase: `http://${loopback}:${port}${DEV_OIDC_PATH}`,
        jwksUri: `http://${loopback}:${port}${DEV_OIDC_PATH}/jwks`,
      },
      config.oidc,
      logger,
    );
    logger.warn({ issuer: devIssuerUrl }, "DEVELOPMENT identity provider enabled: seeded accounts get tokens without a password");
  }
  const url = `http://${hostForUrl}:${port}/graphql`;
  logger.info(
    { url, persistedOperations: persisted?.size ?? 0, rateLimitStore: config.rateLimit.redisUrl ? "redis" : "memory" },
    "gateway ready",
  );

  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    devIssuer: devIssuerUrl,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        await apollo.stop();
        await closeRedis(redis);
      })()),
  };
}
