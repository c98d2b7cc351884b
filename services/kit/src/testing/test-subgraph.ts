import type { Logger } from "pino";
import { demoId } from "../demo/demo-id";
import type { Identity } from "../identity/identity";
import { createLogger } from "../server/logger";
import { callSubgraph, TEST_GATEWAY_SECRET, type GraphQLResponse } from "./graphql-client";
import { createTestDatabase, type TestDatabase } from "./test-database";

/** What every subgraph's `start…` function needs to run in a test. */
export interface TestRuntime {
  databaseUrl: string;
  embedded: boolean;
  poolSize: number;
  gatewaySecret: string;
  logger: Logger;
}

interface StartedService {
  server: { url: string };
  stop(): Promise<void>;
}

/** One subgraph on its own fresh database, served over HTTP on a free port. */
export interface TestSubgraph<S extends StartedService> {
  db: TestDatabase;
  service: S;
  url: string;
  /** Calls the subgraph over HTTP, signed as the gateway would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Identity | null,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Creates a fresh database and starts a subgraph on it with the test secret and a silent logger. */
export async function startTestSubgraph<S extends StartedService>(
  name: string,
  start: (runtime: TestRuntime) => Promise<S>,
): Promise<TestSubgraph<S>> {
  const db = await createTestDatabase();
  const service = await start({
    databaseUrl: db.url,
    embedded: db.embedded,
    poolSize: 4,
    gatewaySecret: TEST_GATEWAY_SECRET,
    logger: createLogger(`${name}-test`, "silent"),
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

/**
 * The people tests act as: anonymous, two agents of different bodies, members of two
 * suppliers whose ids derive from `prefix` (so each subgraph's tests have their own), an admin.
 */
export function testActors(prefix: string) {
  const SUPPLIER_A = demoId("supplier", `${prefix}-a`);
  const SUPPLIER_B = demoId("supplier", `${prefix}-b`);
  const as = {
    anonymous: null,
    agent: { sub: "agent-1", role: "AGENT", organisation: "Ville de Test" } as Identity,
    agent2: { sub: "agent-2", role: "AGENT", organisation: "Département du Test" } as Identity,
    supplierA: { sub: "supplier-a", role: "SUPPLIER", supplierId: SUPPLIER_A } as Identity,
    supplierB: { sub: "supplier-b", role: "SUPPLIER", supplierId: SUPPLIER_B } as Identity,
    admin: { sub: "admin-1", role: "ADMIN" } as Identity,
  };
  return { SUPPLIER_A, SUPPLIER_B, as };
}
