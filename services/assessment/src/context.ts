import type { BaseContext } from "@gouvtech/kit";
import type { AssessmentLoaders } from "./modules/assessment/assessment.loader";
import type { AssessmentServices } from "./services";

export interface AssessmentContext extends BaseContext {
  loaders: AssessmentLoaders;
  services: AssessmentServices;
}
