import type { CatalogueContext } from "../../context";
import type { Supplier } from "./supplier.entity";

/** `_entities` for Supplier, batched through the loader. */
export const resolveSupplierReference = (ref: { id: string }, ctx: CatalogueContext): Promise<Supplier | null> =>
  ctx.loaders.supplierById.load(ref.id);
