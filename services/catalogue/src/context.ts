import type { BaseContext } from "@gouvtech/kit";
import type { CatalogueLoaders } from "./modules/solution/solution.loader";
import type { CatalogueServices } from "./services";

export interface CatalogueContext extends BaseContext {
  loaders: CatalogueLoaders;
  services: CatalogueServices;
}
