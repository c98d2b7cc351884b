import { z } from "zod";
import { envPort, parseEnv, subgraphEnvSchema } from "@gouvtech/kit";

export const communityEnvSchema = subgraphEnvSchema.extend({
  PORT: envPort(4003),
  /** Base URL of the catalogue subgraph, whose signed event feed the community projects. */
  CATALOGUE_URL: z.string().url("must be an http(s) URL").default("http://127.0.0.1:4001"),
});
export type CommunityEnv = z.infer<typeof communityEnvSchema>;

export const readCommunityEnv = (source: NodeJS.ProcessEnv = process.env): CommunityEnv => parseEnv(communityEnvSchema, source);
