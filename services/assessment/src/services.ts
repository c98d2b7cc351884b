import type { DataSource } from "typeorm";
import { GridService } from "./modules/grid/grid.service";
import { AssessmentService } from "./modules/assessment/assessment.service";
import { AssessmentReader } from "./modules/assessment/assessment.reader";

/** Long-lived services of the assessment subgraph (one per process). */
export function createAssessmentServices(dataSource: DataSource) {
  const grids = new GridService(dataSource);
  return {
    dataSource,
    grids,
    assessments: new AssessmentService(dataSource, grids),
    reader: new AssessmentReader(dataSource),
  };
}
export type AssessmentServices = ReturnType<typeof createAssessmentServices>;
