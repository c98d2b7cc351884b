import {
  callSubgraph,
  createLogger,
  createTestDatabase,
  readEvents,
  startTestSubgraph,
  testActors,
  TEST_GATEWAY_SECRET,
  TestDatabase,
} from "@gouvtech/kit";
import type { Identity } from "@gouvtech/kit";
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
  /** Waits until the catalogue's feed serves its last event (see syncAll). */
  feedServesAll(): Promise<void>;
  /** Starts another assessment subgraph on the same database (a restart after a crash). */
  restartAssessment(opts?: { seedDemoData?: boolean }): Promise<AssessmentSubgraph>;
  close(): Promise<void>;
}

export const { SUPPLIER_A, SUPPLIER_B, as } = testActors("assessment-test");

/**
 * Drains the feed until the cursor reaches the catalogue's last event. On a shared server,
 * another database's open transaction can hold the feed's horizon back for a moment, so a
 * drained page is not proof that everything was served.
 */
async function syncAll(h: AssessmentHarness): Promise<number> {
  const last = await lastCataloguePosition(h);
  let applied = 0;
  for (let attempt = 0; attempt < 200; attempt++) {
    applied += await h.assessment.consumer.syncOnce();
    if (!last || (await h.assessment.consumer.position()) === last) return applied;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the catalogue feed did not drain");
}

async function lastCataloguePosition(h: { catalogue: CatalogueService }): Promise<string | null> {
  const [last] = await h.catalogue.dataSource.query(
    `SELECT tx_id::text || ':' || id::text AS position FROM catalogue.outbox_event ORDER BY tx_id DESC, id DESC LIMIT 1`,
  );
  return last?.position ?? null;
}

const silent = () => createLogger("assessment-test", "silent");

/**
 * A real catalogue and a real assessment subgraph, each on its own fresh database, talking
 * over HTTP (the assessment consumes the catalogue's signed feed). The consumer does not
 * poll: tests call sync() so that they decide when events arrive.
 */
export async function startAssessmentHarness(opts: { seedDemoData?: boolean } = {}): Promise<AssessmentHarness> {
  const { service: catalogue, close: closeCatalogue } = await startTestSubgraph("catalogue", startCatalogue);
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
    sync: () => syncAll(h),
    async feedServesAll() {
      const last = await lastCataloguePosition(h);
      for (let attempt = 0; attempt < 200; attempt++) {
        const served = await readEvents(catalogue.dataSource, "catalogue", "0:0", 500);
        if (!last || served[served.length - 1]?.position === last) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error("the catalogue feed withholds its last event");
    },
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
      await db.close();
      await closeCatalogue();
    },
  };
  return h;
}
