import { z } from "zod";
import { AnswerType, MAX_LEVEL } from "./grid.model";

const score = z.number().min(0).max(1);
const level = z.object({ value: z.number().int().min(0).max(MAX_LEVEL), label: z.string().min(1) });

const criterionSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2,5}-\d{2}$/),
    type: z.nativeEnum(AnswerType),
    label: z.string().min(1),
    help: z.string().min(1),
    naAllowed: z.boolean().default(false),
    weight: z.number().positive().default(1),
    eliminatory: z.boolean().default(false),
    reference: z.string().min(1).optional(),
    options: z
      .array(z.object({ code: z.string().regex(/^[A-Z0-9_]+$/), label: z.string().min(1), score }))
      .min(2)
      .optional(),
    levels: z.array(level).min(2).optional(),
    thresholds: z
      .array(z.object({ min: z.number().int().min(0), score }))
      .min(1)
      .optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${c.code}: ${message}` });
    if ((c.type === AnswerType.CHOICE) !== !!c.options) problem("options are required for CHOICE and only for CHOICE");
    if ((c.type === AnswerType.NUMBER) !== !!c.thresholds) problem("thresholds are required for NUMBER and only for NUMBER");
    if (c.levels && c.type !== AnswerType.LEVEL) problem("levels are for LEVEL only");
    if (c.thresholds && (c.thresholds[0].min !== 0 || c.thresholds.some((t, i) => i > 0 && t.min <= c.thresholds![i - 1].min))) {
      problem("thresholds start at min 0 and increase");
    }
    if (c.options && new Set(c.options.map((o) => o.code)).size !== c.options.length) problem("duplicate option code");
  });

/** A grid version as committed under services/assessment/grids/grid-v<n>.json. */
export const gridFileSchema = z
  .object({
    version: z.number().int().positive(),
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    defaultLevels: z.array(level).min(2),
    themes: z
      .array(
        z.object({ code: z.string().regex(/^[A-Z]{2,5}$/), label: z.string().min(1), criteria: z.array(criterionSchema).min(1) }).strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((g, ctx) => {
    const codes = g.themes.flatMap((t) => t.criteria.map((c) => c.code));
    const dup = codes.find((c, i) => codes.indexOf(c) !== i);
    if (dup) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `duplicate criterion code ${dup}` });
    for (const t of g.themes) {
      const wrong = t.criteria.find((c) => !c.code.startsWith(`${t.code}-`));
      if (wrong) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${wrong.code} is not in theme ${t.code}` });
    }
  });

export type GridFile = z.infer<typeof gridFileSchema>;

export function parseGridFile(raw: unknown, name: string): GridFile {
  const result = gridFileSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`Invalid grid file ${name}:\n${result.error.issues.map((i) => `  ${i.path.join(".")} ${i.message}`).join("\n")}`);
  }
  return result.data;
}
