import "reflect-metadata";
import { runSubgraphProcess, runtimeFromEnv } from "@gouvtech/kit";
import { readCommunityEnv } from "./config";
import { startCommunity } from "./app";

const env = readCommunityEnv();
runSubgraphProcess("community", env.LOG_LEVEL, (logger) =>
  startCommunity({ ...runtimeFromEnv(env, logger), catalogueUrl: env.CATALOGUE_URL, seedDemoData: env.SEED_DEMO_DATA }),
);
