import http from "node:http";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import express from "express";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { createLogger, Logger, REQUEST_ID_HEADER } from "@gouvtech/kit";
import type { GatewayConfig } from "../config";
import type { GatewayContext } from "./context";
import { SignedSubgraphDataSource } from "./subgraph-data-source";

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
export const DEFAULT_SUPERGRAPH_FILE = join(__dirname, "..", "..", "supergraph.graphql");

/** Serves the committed supergraph on /graphql with @apollo/gateway. */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger("gateway", config.logLevel),
): Promise<RunningGateway> {
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const supergraphSdl = readFileSync(config.supergraphFile ?? DEFAULT_SUPERGRAPH_FILE, "utf8");
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SignedSubgraphDataSource(name, config.subgraphUrls[name] ?? url!, config.gatewaySecret),
  });

  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    csrfPrevention: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const given = req.header(REQUEST_ID_HEADER);
    res.locals.requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, res.locals.requestId);
    next();
  });
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({ identity: null, requestId: res.locals.requestId as string }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}/graphql`;
  logger.info({ url }, "gateway ready");
  let stopping: Promise<void> | undefined;
  return { url, port, stop: () => (stopping ??= apollo.stop()) };
}
