import { z } from "zod";

/** A link to another software: a SILL record (`softwareId`) or one the SILL only names (`softwareName`). */
const sillLink = z
  .object({ isKnown: z.boolean(), softwareId: z.number().int().positive().optional(), softwareName: z.string().max(200).optional() })
  .passthrough();

/**
 * One record of the SILL JSON export (2021–2022 shape). Fields the catalogue does not use
 * are let through untouched; the ones it uses are checked, so a broken record is reported
 * rather than half-imported.
 */
export const sillRecordSchema = z
  .object({
    _id: z.number({ required_error: "identifiant _id manquant" }).int().positive(),
    _name: z.string({ required_error: "nom _name manquant" }).trim().min(1, "nom _name vide").max(200),
    _function: z.string({ required_error: "fonction _function manquante" }).trim().min(1, "fonction _function vide").max(2000),
    _license: z.string({ required_error: "licence _license manquante" }).max(200),
    recommendationStatus: z.enum(["recommended", "in observation", "no longer recommended"]),
    mimGroup: z.enum(["MIMO", "MIMPROD", "MIMDEV", "MIMDEVOPS"]),
    __referencedSinceTime: z.number().int().nonnegative().optional(),
    isFromFrenchPublicService: z.boolean().optional(),
    isPresentInSupportContract: z.boolean().optional(),
    wikidataId: z
      .string()
      .regex(/^[Qq][0-9]{1,12}$/, "wikidataId doit ressembler à Q123")
      .transform((id) => id.toUpperCase())
      .optional(),
    comptoirDuLibreOrgId: z.number().int().positive().optional(),
    parentSoftware: sillLink.optional(),
    alikeSoftwares: z.array(sillLink).optional(),
    whereAndInWhatContextIsItUsed: z.string().max(4000).optional(),
    __versionMin: z.string().max(100).optional(),
    versionMax: z.string().max(100).optional(),
  })
  .passthrough();

export type SillRecord = z.infer<typeof sillRecordSchema>;

/** A zod error as one French line: "field: message; field: message". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const field = i.path.join(".");
      return field ? `${field} : ${i.message}` : i.message;
    })
    .join(" ; ");
}
