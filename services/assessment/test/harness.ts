import { callSubgraph, createLogger, createTestDatabase, demoId, Identity, TEST_GATEWAY_SECRET, TestDatabase } from "@gouvtech/kit";
import { startCatalogue, CatalogueService } from "../../catalogue/src/app";
import { startAssessment, AssessmentSubgraph } from "../src/app";

export interface AssessmentHarness {
  catalogue: CatalogueService;
  assessment: AssessmentSubgraph;
  /** Calls the assessment subgraph over HTTP, signed as the gateway would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Identity | null,
  ): ReturnType<typeof callSubgraph<T>>;
  /** Pulls the catalogue's feed into the assessment projection until drained. */
  sync(): Promise<number>;
  /** Starts another assessment subgraph on the same database (a restart after a crash). */
  restartAssessment(opts?: { seedDemoData?: boolean }): Promise<AssessmentSubgraph>;
  close(): Promise<void>;
}

export const SUPPLIER_A = demoId("supplier", "assessment-test-a");
export const SUPPLIER_B = demoId("supplier", "assessment-test-b");
export const as = {
  anonymous: null,
  agent: { sub: "agent-1", role: "AGENT", organisation: "Ville de Test" } as Identity,
  supplierA: { sub: "supplier-a", role: "SUPPLIER", supplierId: SUPPLIER_A } as Identity,
  supplierB: { sub: "supplier-b", role: "SUPPLIER", supplierId: SUPPLIER_B } as Identity,
  admin: { sub: "admin-1", role: "ADMIN" } as Identity,
};

const silent = () => createLogger("assessment-test", "silent");

/**
 * A real catalogue and a real assessment subgraph, each on its own fresh database, talking
 * over HTTP (the assessment consumes the catalogue's signed feed). The consumer does not
 * poll: tests call sync() so that they decide when events arrive.
 */
export async function startAssessmentHarness(opts: { seedDemoData?: boolean } = {}): Promise<AssessmentHarness> {
  const catalogueDb = await createTestDatabase();
  const catalogue = await startCatalogue({
    databaseUrl: catalogueDb.url,
    embedded: catalogueDb.embedded,
    poolSize: 4,
    gatewaySecret: TEST_GATEWAY_SECRET,
    logger: silent(),
  });
  await catalogue.dataSource.query(
    `INSERT INTO catalogue.supplier (id, name, kind) VALUES ($1, 'Éditeur A', 'COMPANY'), ($2, 'Éditeur B', 'COMPANY')`,
    [SUPPLIER_A, SUPPLIER_B],
  );
  const db: TestDatabase = await createTestDatabase();
  const start = (seedDemoData = opts.seedDemoData ?? false) =>
    startAssessment({
      databaseUrl: db.url,
      embedded: db.embedded,
      poolSize: 4,
      gatewaySecret: TEST_GATEWAY_SECRET,
      logger: silent(),
      catalogueUrl: new URL(catalogue.server.url).origin,
      seedDemoData,
      consumeEvents: false,
    });
  const h: AssessmentHarness = {
    catalogue,
    assessment: await start(),
    gql: (query, variables = {}, identity = null) => callSubgraph(h.assessment.server.url, query, variables, identity),
    sync: () => h.assessment.consumer.syncOnce(),
    async restartAssessment(o = {}) {
      await h.assessment.stop();
      // The embedded engine accepts one session and frees the previous one asynchronously:
      // a reconnection may be refused ("Too many connections") for a moment.
      for (let attempt = 1; ; attempt++) {
        try {
          h.assessment = await start(o.seedDemoData);
          return h.assessment;
        } catch (err) {
          if (!db.embedded || attempt >= 50) throw err;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    async close() {
      await h.assessment.stop();
      await catalogue.stop();
      await db.close();
      await catalogueDb.close();
    },
  };
  return h;
}
