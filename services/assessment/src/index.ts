import "reflect-metadata";
import { runSubgraphProcess, runtimeFromEnv } from "@gouvtech/kit";
import { readAssessmentEnv } from "./config";
import { startAssessment } from "./app";

const env = readAssessmentEnv();
runSubgraphProcess("assessment", env.LOG_LEVEL, (logger) =>
  startAssessment({ ...runtimeFromEnv(env, logger), catalogueUrl: env.CATALOGUE_URL, seedDemoData: env.SEED_DEMO_DATA }),
);
