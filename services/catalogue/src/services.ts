import type { DataSource } from "typeorm";
import { SolutionService } from "./modules/solution/solution.service";

/** Long-lived services of the catalogue (one per process). */
export function createCatalogueServices(dataSource: DataSource) {
  return { dataSource, solutions: new SolutionService(dataSource) };
}
export type CatalogueServices = ReturnType<typeof createCatalogueServices>;
