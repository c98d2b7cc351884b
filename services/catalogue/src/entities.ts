import { Category } from "./modules/category/category.entity";
import { PurchasingCentral, SolutionPurchasingCentral } from "./modules/purchasing-central/purchasing-central.entity";
import { Solution } from "./modules/solution/solution.entity";
import { SolutionStatusChange } from "./modules/solution/solution-status-change.entity";
import { Supplier } from "./modules/supplier/supplier.entity";
import { SolutionStanding } from "./modules/standing/solution-standing.entity";
import { InitialCatalogue1764700000000 } from "./migrations/1764700000000-initial-catalogue";
import { SolutionStanding1765000000000 } from "./migrations/1765000000000-solution-standing";

export const SCHEMA = "catalogue";
export const entities = [
  Solution,
  SolutionStatusChange,
  Supplier,
  Category,
  PurchasingCentral,
  SolutionPurchasingCentral,
  SolutionStanding,
];
/** Committed migrations, in order. */
export const migrations = [InitialCatalogue1764700000000, SolutionStanding1765000000000];
