import { z } from "zod";
import { readDataFile } from "./read-data-file";

const centralSchema = z.object({
  code: z.string().regex(/^[A-Z0-9]+$/),
  name: z.string().min(1),
  website: z.string().url().nullable(),
});

/** Public purchasing centrals (referential data), validated when loaded. */
export const PURCHASING_CENTRALS = z.array(centralSchema).parse(readDataFile("src/seed/purchasing-centrals.json"));
