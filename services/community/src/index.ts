import "reflect-metadata";
import { createLogger, stopOnSignals } from "@gouvtech/kit";
import { readCommunityEnv } from "./config";
import { startCommunity } from "./app";

async function main() {
  const env = readCommunityEnv();
  const logger = createLogger("community", env.LOG_LEVEL);
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is required (npm start provides an embedded PostgreSQL)");
  const service = await startCommunity({
    databaseUrl: env.DATABASE_URL,
    embedded: env.DATABASE_EMBEDDED,
    poolSize: env.DATABASE_POOL_SIZE,
    host: env.HOST,
    port: env.PORT,
    gatewaySecret: env.GATEWAY_SECRET,
    exposeInternals: env.NODE_ENV === "development",
    logger,
    catalogueUrl: env.CATALOGUE_URL,
    pollIntervalMs: env.EVENT_POLL_INTERVAL_MS,
    seedDemoData: env.SEED_DEMO_DATA,
  });
  stopOnSignals(service.stop, logger);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
