import { demoId, OutboxEvent, startTestSubgraph, testActors, type TestSubgraph } from "@gouvtech/kit";
import { startCommunity, CommunityService, CommunityConfig } from "../src/app";
import { solutionChangedHandler } from "../src/modules/solution/solution-changed.handler";

export interface CommunityHarness extends TestSubgraph<CommunityService> {
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
  const base = await startTestSubgraph("community", (runtime) => startCommunity({ ...runtime, pollCatalogue: false, ...config }));
  const ds = base.service.dataSource;
  return {
    ...base,
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
  };
}

export const { SUPPLIER_A, SUPPLIER_B, as } = testActors("community-test");
export const solutionId = (key: string) => demoId("solution", `community-test-${key}`);
