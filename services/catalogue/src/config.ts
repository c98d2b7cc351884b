import { z } from "zod";
import { envPort, parseEnv, subgraphEnvSchema } from "@gouvtech/kit";

export const catalogueEnvSchema = subgraphEnvSchema.extend({
  PORT: envPort(4001),
});
export type CatalogueEnv = z.infer<typeof catalogueEnvSchema>;

export const readCatalogueEnv = (source: NodeJS.ProcessEnv = process.env): CatalogueEnv => parseEnv(catalogueEnvSchema, source);

/** What `npm run import:sill` reads: the database only (no server, so no gateway secret). */
export const importEnvSchema = subgraphEnvSchema.pick({ DATABASE_URL: true, DATABASE_EMBEDDED: true, LOG_LEVEL: true });
export type ImportEnv = z.infer<typeof importEnvSchema>;

export const readImportEnv = (source: NodeJS.ProcessEnv = process.env): ImportEnv => parseEnv(importEnvSchema, source);
