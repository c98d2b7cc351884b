import { z } from "zod";
import { readDataFile } from "./read-data-file";

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const needSchema = z.object({ code: z.string(), label: z.string().min(1) });
const themeSchema = z
  .object({ code: z.string().regex(CODE), label: z.string().min(1), needs: z.array(needSchema).min(1) })
  .superRefine((theme, ctx) => {
    theme.needs.forEach((n, i) => {
      const [prefix, rest, extra] = n.code.split(".");
      if (prefix !== theme.code || !rest || !CODE.test(rest) || extra !== undefined) {
        ctx.addIssue({ code: "custom", path: ["needs", i, "code"], message: `${n.code} must be ${theme.code}.<need>` });
      }
    });
  });

export interface CategoryRow {
  code: string;
  label: string;
  parentCode: string | null;
  position: number;
}

/** The two-level taxonomy (themes → needs) as rows, themes first; validated when loaded. */
export const TAXONOMY: CategoryRow[] = z
  .array(themeSchema)
  .parse(readDataFile("src/seed/taxonomy.json"))
  .flatMap((theme, t) => [
    { code: theme.code, label: theme.label, parentCode: null, position: t },
    ...theme.needs.map((n, i) => ({ code: n.code, label: n.label, parentCode: theme.code, position: i })),
  ]);
