import { startTestSubgraph, testActors, type TestSubgraph } from "@gouvtech/kit";
import { startCatalogue, CatalogueService } from "../src/app";

export type CatalogueHarness = TestSubgraph<CatalogueService>;

/** A catalogue subgraph on a fresh database, served over HTTP on a free port. */
export const startCatalogueHarness = (): Promise<CatalogueHarness> => startTestSubgraph("catalogue", startCatalogue);

export const { SUPPLIER_A, SUPPLIER_B, as } = testActors("test");
