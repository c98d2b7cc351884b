import "reflect-metadata";
import { runSubgraphProcess, runtimeFromEnv } from "@gouvtech/kit";
import { readCatalogueEnv } from "./config";
import { startCatalogue } from "./app";

const env = readCatalogueEnv();
runSubgraphProcess("catalogue", env.LOG_LEVEL, (logger) =>
  startCatalogue({ ...runtimeFromEnv(env, logger), seed: env.SEED_DEMO_DATA ? "demo" : "referential" }),
);
