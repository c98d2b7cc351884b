import { z } from "zod";
import { envPort, parseEnv, subgraphEnvSchema } from "@gouvtech/kit";

export const catalogueEnvSchema = subgraphEnvSchema.extend({
  PORT: envPort(4001),
  /** Base URLs of the assessment and community subgraphs, whose feeds give the scores and ratings to sort by (unset: not followed). */
  ASSESSMENT_URL: z.string().url().optional(),
  COMMUNITY_URL: z.string().url().optional(),
});
export type CatalogueEnv = z.infer<typeof catalogueEnvSchema>;

export const readCatalogueEnv = (source: NodeJS.ProcessEnv = process.env): CatalogueEnv => parseEnv(catalogueEnvSchema, source);

/** What `npm run import:sill` reads: the database only (no server, so no gateway secret). */
export const importEnvSchema = subgraphEnvSchema.pick({ DATABASE_URL: true, DATABASE_EMBEDDED: true, LOG_LEVEL: true });
export type ImportEnv = z.infer<typeof importEnvSchema>;

export const readImportEnv = (source: NodeJS.ProcessEnv = process.env): ImportEnv => parseEnv(importEnvSchema, source);
