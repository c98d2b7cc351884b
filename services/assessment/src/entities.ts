import { CriteriaTheme, Criterion, GridVersion } from "./modules/grid/grid.entity";
import { Assessment } from "./modules/assessment/assessment.entity";
import { Answer } from "./modules/assessment/answer.entity";
import { ThemeScore } from "./modules/assessment/theme-score.entity";
import { SolutionProjection } from "@gouvtech/kit";
import { InitialAssessment1764800000000 } from "./migrations/1764800000000-initial-assessment";

export const SCHEMA = "assessment";
export const entities = [GridVersion, CriteriaTheme, Criterion, Assessment, Answer, ThemeScore, SolutionProjection];
/** Committed migrations, in order. */
export const migrations = [InitialAssessment1764800000000];
