import "reflect-metadata";
import { createLogger, stopOnSignals } from "@gouvtech/kit";
import { readAssessmentEnv } from "./config";
import { startAssessment } from "./app";

async function main() {
  const env = readAssessmentEnv();
  const logger = createLogger("assessment", env.LOG_LEVEL);
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is required (npm start provides an embedded PostgreSQL)");
  const service = await startAssessment({
    databaseUrl: env.DATABASE_URL,
    embedded: env.DATABASE_EMBEDDED,
    poolSize: env.DATABASE_POOL_SIZE,
    host: env.HOST,
    port: env.PORT,
    gatewaySecret: env.GATEWAY_SECRET,
    exposeInternals: env.NODE_ENV === "development",
    logger,
    catalogueUrl: env.CATALOGUE_URL,
    seedDemoData: env.SEED_DEMO_DATA,
    pollIntervalMs: env.EVENT_POLL_INTERVAL_MS,
  });
  stopOnSignals(service.stop, logger);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
