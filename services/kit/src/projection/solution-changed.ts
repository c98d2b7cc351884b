import { z } from "zod";

/**
 * The catalogue's published contract for solution facts: the event type and its payload.
 * The catalogue writes it; the assessment and community subgraphs project it.
 */
export const SOLUTION_CHANGED = "SolutionChanged";

export const solutionChangedPayloadSchema = z.object({
  id: z.string().uuid(),
  slug: z.string().min(1),
  name: z.string(),
  supplierId: z.string().uuid().nullable(),
  status: z.string().min(1),
  version: z.number().int().min(1),
  isDemo: z.boolean(),
});
export type SolutionChangedPayload = z.infer<typeof solutionChangedPayloadSchema>;

/** Catalogue status under which a solution is public. */
export const PUBLISHED_SOLUTION = "PUBLISHED";
