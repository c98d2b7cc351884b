import "reflect-metadata";
import { runSubgraphProcess, runtimeFromEnv } from "@gouvtech/kit";
import { readCatalogueEnv } from "./config";
import { startCatalogue } from "./app";

const env = readCatalogueEnv();
runSubgraphProcess("catalogue", env.LOG_LEVEL, (logger) =>
  startCatalogue({
    ...runtimeFromEnv(env, logger, {
      ...(env.ASSESSMENT_URL && { assessment: env.ASSESSMENT_URL }),
      ...(env.COMMUNITY_URL && { community: env.COMMUNITY_URL }),
    }),
    seed: env.SEED_DEMO_DATA ? "demo" : "referential",
  }),
);
