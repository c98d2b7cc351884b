import http from "node:http";
import { randomUUID } from "node:crypto";
import express, { Express, Request, Response, NextFunction } from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { GraphQLSchema } from "graphql";
import { REQUEST_ID_HEADER, SignatureError, verifyIdentity } from "../identity/gateway-signature";
import type { Identity } from "../identity/identity";
import { createFormatError } from "../errors/format-error";
import { ErrorCode } from "../errors/error-codes";
import type { BaseContext } from "./context";
import type { Logger } from "./logger";

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  host: string;
  port: number;
  gatewaySecret: string;
  logger: Logger;
  /** Show internal error messages and stack traces (development only). */
  exposeInternals: boolean;
  /** Adds request-scoped fields (DataLoaders…) to the verified identity. */
  createContext: (base: BaseContext) => TContext;
  /** Readiness probe, e.g. a `SELECT 1`. */
  isReady?: () => Promise<boolean>;
  /** Extra signed routes (internal event feed…); mounted after the signature check. */
  internalRoutes?: (router: express.Router) => void;
  /** Called after the HTTP server has drained (close the DataSource…). */
  onStop?: () => Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  app: Express;
  stop(): Promise<void>;
}

declare module "express-serve-static-core" {
  interface Request {
    identity?: Identity | null;
    requestId?: string;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Rejects any call that does not carry a valid gateway signature. */
export function requireGatewaySignature(secret: string, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.header(REQUEST_ID_HEADER);
    req.requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, req.requestId);
    try {
      req.identity = verifyIdentity(req.headers, secret);
      next();
    } catch (err) {
      const reason = err instanceof SignatureError ? err.message : "signature check failed";
      logger.warn({ requestId: req.requestId, reason, path: req.path }, "unsigned subgraph call refused");
      res
        .status(401)
        .json({ errors: [{ message: "Appel refusé : passez par la passerelle.", extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
    }
  };
}

/** Starts a subgraph: /healthz (open), /readyz (open), signed /graphql and internal routes. */
export async function startSubgraph<TContext extends BaseContext>(opts: SubgraphServerOptions<TContext>): Promise<RunningServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: opts.schema,
    formatError: createFormatError({
      exposeInternals: opts.exposeInternals,
      log: (err) => opts.logger.error({ err }, "unexpected resolver error"),
    }),
    includeStacktraceInErrorResponses: opts.exposeInternals,
    introspection: opts.exposeInternals,
    csrfPrevention: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", service: opts.name });
  });
  app.get("/readyz", async (_req, res) => {
    const ready = opts.isReady ? await opts.isReady().catch(() => false) : true;
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unready", service: opts.name });
  });

  const signed = express.Router();
  signed.use(requireGatewaySignature(opts.gatewaySecret, opts.logger));
  opts.internalRoutes?.(signed);
  signed.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => opts.createContext({ identity: req.identity ?? null, requestId: req.requestId ?? randomUUID() }),
    }),
  );
  app.use(signed);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(opts.port, opts.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  const url = `http://${opts.host.includes(":") ? `[${opts.host}]` : opts.host}:${port}/graphql`;
  opts.logger.info({ url }, `${opts.name} subgraph ready`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    app,
    stop() {
      stopping ??= (async () => {
        await apollo.stop();
        await opts.onStop?.();
      })();
      return stopping;
    },
  };
}

/** Stops gracefully on SIGTERM/SIGINT: in-flight requests complete, new ones are refused. */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  const handler = (signal: string) => {
    logger.info({ signal }, "shutting down");
    stop()
      .then(() => process.exit(0))
      .catch((err) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      });
  };
  process.once("SIGTERM", handler);
  process.once("SIGINT", handler);
}
