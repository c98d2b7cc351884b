import "reflect-metadata";
import { createLogger, stopOnSignals } from "@gouvtech/kit";
import { readCatalogueEnv } from "./config";
import { startCatalogue } from "./app";

async function main() {
  const env = readCatalogueEnv();
  const logger = createLogger("catalogue", env.LOG_LEVEL);
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is required (npm start provides an embedded PostgreSQL)");
  const service = await startCatalogue({
    databaseUrl: env.DATABASE_URL,
    embedded: env.DATABASE_EMBEDDED,
    poolSize: env.DATABASE_POOL_SIZE,
    host: env.HOST,
    port: env.PORT,
    gatewaySecret: env.GATEWAY_SECRET,
    exposeInternals: env.NODE_ENV === "development",
    logger,
    seed: env.SEED_DEMO_DATA ? "demo" : "referential",
  });
  stopOnSignals(service.stop, logger);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
