import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { createEntityLoader, groupByKeys } from "@gouvtech/kit";
import { Solution } from "./solution.entity";
import { Category } from "../category/category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { PurchasingCentral } from "../purchasing-central/purchasing-central.entity";

export interface Listing {
  solutionId: string;
  central: PurchasingCentral;
  reference: string | null;
}

/** Per-request loaders of the catalogue: each runs one statement per batch. */
export function createCatalogueLoaders(ds: DataSource) {
  const manager = ds.manager;
  let categories: Promise<Category[]> | undefined;
  return {
    /** The whole taxonomy (a few dozen rows), read once per request. */
    allCategories: () => (categories ??= manager.find(Category, { order: { position: "ASC", label: "ASC" } })),
    solutionById: createEntityLoader(manager, Solution),
    supplierById: createEntityLoader(manager, Supplier),
    categoriesBySolution: new DataLoader<string, Category[]>(async (ids) => {
      const raw: { solution_id: string; id: string; code: string; label: string; parent_id: string | null; position: number }[] =
        await manager.query(
          `SELECT sc.solution_id, c.id, c.code, c.label, c.parent_id, c.position
             FROM catalogue.solution_category sc
             JOIN catalogue.category c ON c.id = sc.category_id
            WHERE sc.solution_id = ANY($1) ORDER BY c.position, c.label`,
          [[...ids]],
        );
      const rows = raw.map((r) => ({
        solutionId: r.solution_id,
        category: Object.assign(new Category(), { id: r.id, code: r.code, label: r.label, parentId: r.parent_id, position: r.position }),
      }));
      return groupByKeys(ids, rows, (r) => r.solutionId).map((group) => group.map((g) => g.category));
    }),
    listingsBySolution: new DataLoader<string, Listing[]>(async (ids) => {
      const raw: { solution_id: string; reference: string | null; id: string; code: string; name: string; website: string | null }[] =
        await manager.query(
          `SELECT spc.solution_id, spc.reference, pc.id, pc.code, pc.name, pc.website
             FROM catalogue.solution_purchasing_central spc
             JOIN catalogue.purchasing_central pc ON pc.id = spc.purchasing_central_id
            WHERE spc.solution_id = ANY($1) ORDER BY pc.code`,
          [[...ids]],
        );
      const rows = raw.map((r) => ({
        solutionId: r.solution_id,
        reference: r.reference,
        central: Object.assign(new PurchasingCentral(), { id: r.id, code: r.code, name: r.name, website: r.website }),
      }));
      return groupByKeys(ids, rows, (r) => r.solutionId);
    }),
  };
}
export type CatalogueLoaders = ReturnType<typeof createCatalogueLoaders>;
