import { z } from "zod";

export const ROLES = ["AGENT", "SUPPLIER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as verified by the gateway. `null` stands for an anonymous caller. */
export const identitySchema = z
  .object({
    sub: z.string().min(1).max(200),
    role: z.enum(ROLES),
    /** Supplier organisation the caller belongs to (SUPPLIER only). */
    supplierId: z.string().uuid().optional(),
    /** Administration the agent belongs to (AGENT), e.g. "Ministère de l'Intérieur". */
    organisation: z.string().max(200).optional(),
    /** Display name. */
    name: z.string().max(200).optional(),
  })
  .strict()
  .refine((i) => i.role !== "SUPPLIER" || i.supplierId, { message: "a SUPPLIER identity needs a supplierId" });

export type Identity = z.infer<typeof identitySchema>;
