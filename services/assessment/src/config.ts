import { z } from "zod";
import { envPort, parseEnv, subgraphEnvSchema } from "@gouvtech/kit";

export const assessmentEnvSchema = subgraphEnvSchema.extend({
  PORT: envPort(4002),
  /** Base URL of the catalogue subgraph, whose signed event feed this one consumes. */
  CATALOGUE_URL: z.string().url().default("http://127.0.0.1:4001"),
});
export type AssessmentEnv = z.infer<typeof assessmentEnvSchema>;

export const readAssessmentEnv = (source: NodeJS.ProcessEnv = process.env): AssessmentEnv => parseEnv(assessmentEnvSchema, source);
