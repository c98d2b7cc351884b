import { z } from "zod";
import { envPort, parseEnv, subgraphEnvSchema } from "@gouvtech/kit";

export const catalogueEnvSchema = subgraphEnvSchema.extend({
  PORT: envPort(4001),
});
export type CatalogueEnv = z.infer<typeof catalogueEnvSchema>;

export const readCatalogueEnv = (source: NodeJS.ProcessEnv = process.env): CatalogueEnv => parseEnv(catalogueEnvSchema, source);
