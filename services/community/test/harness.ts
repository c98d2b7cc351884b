import {
  createLogger,
  createTestDatabase,
  demoId,
  TestDatabase,
  TEST_GATEWAY_SECRET,
  callSubgraph,
  Identity,
  OutboxEvent,
} from "@gouvtech/kit";
import { startCommunity, CommunityService, CommunityConfig } from "../src/app";
import { solutionChangedHandler } from "../src/modules/solution/solution-changed.handler";

export interface CommunityHarness {
  db: TestDatabase;
  service: CommunityService;
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Identity | null,
  ): ReturnType<typeof callSubgraph<T>>;
  /** Applies a catalogue `SolutionChanged` event through the real projection handler. */
  project(solution: ProjectedSolution, opts?: { seedDemoData?: boolean }): Promise<void>;
  /** Rows of a community table (assertions on what was or was not written). */
  rows<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface ProjectedSolution {
  id: string;
  supplierId?: string | null;
  status?: string;
  version?: number;
}

/** A community subgraph on a fresh database, served over HTTP on a free port. */
export async function startCommunityHarness(config: Partial<CommunityConfig> = {}): Promise<CommunityHarness> {
  const db = await createTestDatabase();
  const service = await startCommunity({
    databaseUrl: db.url,
    embedded: db.embedded,
    poolSize: 4,
    gatewaySecret: TEST_GATEWAY_SECRET,
    logger: createLogger("community-test", "silent"),
    pollCatalogue: false,
    ...config,
  });
  const ds = service.dataSource;
  return {
    db,
    service,
    url: service.server.url,
    gql: (query, variables = {}, identity = null) => callSubgraph(service.server.url, query, variables, identity),
    project: (s, opts = {}) =>
      ds.transaction((m) => {
        const event: OutboxEvent = {
          position: "0:0",
          type: "SolutionChanged",
          aggregateId: s.id,
          occurredAt: new Date().toISOString(),
          payload: {
            id: s.id,
            slug: `s-${s.id}`,
            name: "Solution",
            supplierId: s.supplierId === undefined ? SUPPLIER_A : s.supplierId,
            status: s.status ?? "PUBLISHED",
            version: s.version ?? 1,
            isDemo: false,
          },
        };
        return solutionChangedHandler({ seedDemoData: opts.seedDemoData ?? false })(m, event);
      }),
    rows: (sql, params = []) => ds.query(sql, params),
    async close() {
      await service.stop();
      await db.close();
    },
  };
}

export const SUPPLIER_A = demoId("supplier", "community-test-a");
export const SUPPLIER_B = demoId("supplier", "community-test-b");
export const solutionId = (key: string) => demoId("solution", `community-test-${key}`);

export const as = {
  anonymous: null,
  agent: { sub: "agent-1", role: "AGENT", organisation: "Ville de Test" } as Identity,
  agent2: { sub: "agent-2", role: "AGENT", organisation: "Département du Test" } as Identity,
  supplierA: { sub: "supplier-a", role: "SUPPLIER", supplierId: SUPPLIER_A } as Identity,
  supplierB: { sub: "supplier-b", role: "SUPPLIER", supplierId: SUPPLIER_B } as Identity,
  admin: { sub: "admin-1", role: "ADMIN" } as Identity,
};
