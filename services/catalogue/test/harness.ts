import { createLogger, createTestDatabase, demoId, TestDatabase, TEST_GATEWAY_SECRET, callSubgraph, Identity } from "@gouvtech/kit";
import { startCatalogue, CatalogueService } from "../src/app";

export interface CatalogueHarness {
  db: TestDatabase;
  service: CatalogueService;
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Identity | null,
  ): ReturnType<typeof callSubgraph<T>>;
  close(): Promise<void>;
}

/** A catalogue subgraph on a fresh database, served over HTTP on a free port. */
export async function startCatalogueHarness(): Promise<CatalogueHarness> {
  const db = await createTestDatabase();
  const service = await startCatalogue({
    databaseUrl: db.url,
    embedded: db.embedded,
    poolSize: 4,
    gatewaySecret: TEST_GATEWAY_SECRET,
    logger: createLogger("catalogue-test", "silent"),
  });
  return {
    db,
    service,
    url: service.server.url,
    gql: (query, variables = {}, identity = null) => callSubgraph(service.server.url, query, variables, identity),
    async close() {
      await service.stop();
      await db.close();
    },
  };
}

export const SUPPLIER_A = demoId("supplier", "test-a");
export const SUPPLIER_B = demoId("supplier", "test-b");
export const as = {
  anonymous: null,
  agent: { sub: "agent-1", role: "AGENT", organisation: "Ville de Test" } as Identity,
  supplierA: { sub: "supplier-a", role: "SUPPLIER", supplierId: SUPPLIER_A } as Identity,
  supplierB: { sub: "supplier-b", role: "SUPPLIER", supplierId: SUPPLIER_B } as Identity,
  admin: { sub: "admin-1", role: "ADMIN" } as Identity,
};
