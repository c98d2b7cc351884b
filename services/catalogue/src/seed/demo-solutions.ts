import { z } from "zod";
import { readDataFile } from "./read-data-file";
import { demoSolutionSchema } from "./demo-solution";

/** The demo solutions, validated when loaded (a bad entry fails loudly at start-up and in tests). */
export const DEMO_SOLUTIONS = z.array(demoSolutionSchema).parse(readDataFile("src/seed/demo-solutions.json"));

export type { DemoSolution } from "./demo-solution";
