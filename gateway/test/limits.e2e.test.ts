import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeOf, gql, startExtraGateway, startTestStack, subgraphCalls, TestStack } from "./harness";

const LIMITS = {
  MAX_DEPTH: "5",
  MAX_ALIASES: "3",
  MAX_TOKENS: "60",
  MAX_DIRECTIVES: "3",
  MAX_COST: "150",
  MAX_FIRST: "100",
  BODY_LIMIT_BYTES: "2000",
};
const PARTNER_KEY = "partner-key-for-tests-0123456789";
const REGISTERED = "query SupplierCount { suppliers(first: 1) { totalCount } }";
const REGISTERED_ID = createHash("sha256").update(REGISTERED).digest("hex");

let stack: TestStack;
let manifestFile: string;

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
/** CI (and this kind of machine) runs Redis: there a missing Redis is a failure, not a pass. */
async function redisAnswers(check: string): Promise<boolean> {
  if (await reachable(redisUrl)) return true;
  if (process.env.CI === "true" || process.env.TEST_REDIS_URL) throw new Error(`no Redis answers at ${redisUrl}`);
  console.warn(`no Redis at ${redisUrl}: the ${check} check did not run (set TEST_REDIS_URL or start Redis)`);
  return false;
}

beforeAll(async () => {
  manifestFile = join(mkdtempSync(join(tmpdir(), "gouvtech-manifest-")), "persisted-query-manifest.json");
  writeFileSync(
    manifestFile,
    JSON.stringify({
      format: "apollo-persisted-query-manifest",
      version: 1,
      operations: [{ id: REGISTERED_ID, name: "SupplierCount", type: "query", body: REGISTERED }],
    }),
  );
  stack = await startTestStack({
    seedDemoData: false,
    gatewayEnv: {
      ...LIMITS,
      RATE_LIMIT_POINTS: "100000",
      PARTNER_API_KEYS: JSON.stringify([{ name: "ugap-test", key: PARTNER_KEY, points: 3 }]),
      PERSISTED_OPERATIONS_FILE: manifestFile,
      CORS_ORIGINS: "https://partenaire.example",
    },
  });
}, 600_000);

afterAll(() => stack?.close());

/** Runs an operation and tells whether the gateway called a subgraph for it. */
async function run(query: string, opts: Parameters<typeof gql>[2] = {}) {
  const before = await subgraphCalls(stack.base);
  const r = await gql(stack.gatewayUrl, query, opts);
  return { r, calledSubgraph: (await subgraphCalls(stack.base)) > before };
}

const nested = (levels: number) => `{ categories { ${"needs { ".repeat(levels - 2)}code${" }".repeat(levels - 2)} } }`;
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: categories { code }`).join(" ")} }`;
const directives = (n: number) => `{ categories { ${Array.from({ length: n }, () => "code @include(if: true)").join(" ")} } }`;
/** `{ categories { code code … } }`: 6 tokens plus one per extra field. */
const tokens = (n: number) => `{ categories { ${Array.from({ length: n - 5 }, () => "code").join(" ")} } }`;
/** Cost 1 + 3 × first. */
const cost = (first: number) => `{ solutions(first: ${first}) { edges { node { id } } } }`;

describe("operation limits: just under passes, just over is refused before any subgraph call", () => {
  const cases: [string, string, string, string][] = [
    ["depth", nested(5), nested(6), "Query depth limit"],
    ["aliases", aliases(3), aliases(4), "Aliases limit"],
    ["directives", directives(3), directives(4), "Directives limit"],
    ["tokens", tokens(60), tokens(61), "60 tokens"],
    ["cost", cost(49), cost(50), "coûteuse"],
    ["first", "{ suppliers(first: 100) { totalCount } }", "{ suppliers(first: 101) { totalCount } }", "Taille de page"],
  ];
  it.each(cases)("%s", async (_limit, under, over, message) => {
    const ok = await run(under);
    expect(ok.r.errors).toBeUndefined();
    expect(ok.calledSubgraph).toBe(true);
    const refused = await run(over);
    expect(refused.r.status).toBe(400);
    expect(codeOf(refused.r)).toBe("BAD_USER_INPUT");
    expect(refused.r.errors![0].message).toContain(message);
    expect(refused.calledSubgraph).toBe(false);
  });

  it("first given through a variable is checked too", async () => {
    const q = "query($n: Int!) { suppliers(first: $n) { totalCount } }";
    expect((await run(q, { variables: { n: 100 } })).r.errors).toBeUndefined();
    const refused = await run(q, { variables: { n: 101 } });
    expect(refused.r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "first" });
    expect(refused.calledSubgraph).toBe(false);
  });

  it("body size", async () => {
    const body = (size: number) => {
      const base = { query: "{ categories { code } }", variables: {} };
      const pad = size - JSON.stringify(base).length;
      return { ...base, query: `${base.query}${" ".repeat(pad)}` };
    };
    expect(JSON.stringify(body(2000)).length).toBe(2000);
    const ok = await run("", { body: body(2000) });
    expect(ok.r.errors).toBeUndefined();
    const refused = await run("", { body: body(2001) });
    expect(refused.r.status).toBe(413);
    expect(refused.r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "bodySize" });
    expect(refused.calledSubgraph).toBe(false);
  });

  it("batched requests are refused", async () => {
    const refused = await run("", { body: [{ query: "{ categories { code } }" }, { query: "{ categories { code } }" }] });
    expect(refused.r.status).toBe(400);
    expect(refused.calledSubgraph).toBe(false);
  });

  it("CSRF prevention: a simple GET without a preflight header is refused", async () => {
    const res = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent("{ categories { code } }")}`);
    expect(res.status).toBe(400);
  });
});

describe("rate limits", () => {
  it("a partner key has its own quota: the 4th request in the window gets 429 with Retry-After", async () => {
    const headers = { "x-api-key": PARTNER_KEY };
    for (let i = 0; i < 3; i++) expect((await gql(stack.gatewayUrl, "{ categories { code } }", { headers })).status).toBe(200);
    const limited = await run("{ categories { code } }", { headers });
    expect(limited.r.status).toBe(429);
    expect(codeOf(limited.r)).toBe("RATE_LIMITED");
    expect(Number(limited.r.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.calledSubgraph).toBe(false);
    // other callers keep their own budget
    expect((await gql(stack.gatewayUrl, "{ categories { code } }")).status).toBe(200);
  });

  it("an unknown API key is refused", async () => {
    const r = await gql(stack.gatewayUrl, "{ categories { code } }", { headers: { "x-api-key": "not-a-partner-key-0123456789" } });
    expect(r.status).toBe(401);
  });

  it("per caller (IP when anonymous, user when signed in): N+1st → 429", async () => {
    const gw = await startExtraGateway(stack, { RATE_LIMIT_POINTS: "3", RATE_LIMIT_WINDOW_S: "60", DEV_OIDC_ENABLED: "true" });
    try {
      for (let i = 0; i < 3; i++) expect((await gql(gw.url, "{ categories { code } }")).status).toBe(200);
      const limited = await gql(gw.url, "{ categories { code } }");
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
      const token = (
        (await (await fetch(`${gw.base}/dev-oidc/token`, { method: "POST", body: new URLSearchParams({ username: "agent" }) })).json()) as {
          access_token: string;
        }
      ).access_token;
      expect((await gql(gw.url, "{ categories { code } }", { token })).status).toBe(200);
    } finally {
      await gw.stop();
    }
  });

  it("with Redis, two gateway replicas share one budget", async () => {
    if (!(await redisAnswers("shared-budget"))) return;
    const env = { RATE_LIMIT_POINTS: "3", RATE_LIMIT_WINDOW_S: "60", REDIS_URL: redisUrl };
    const a = await startExtraGateway(stack, env);
    const b = await startExtraGateway(stack, env);
    try {
      // a fresh user key so earlier runs do not count
      const headers = { "x-forwarded-for": "ignored" };
      const first = await gql(a.url, "{ categories { code } }", { headers });
      const remaining = Number(first.headers.get("ratelimit-remaining"));
      for (let i = 0; i < remaining; i++) expect((await gql(i % 2 ? a.url : b.url, "{ categories { code } }")).status).toBe(200);
      expect((await gql(b.url, "{ categories { code } }")).status).toBe(429);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});

describe("automatic persisted queries with Redis", () => {
  it("a document registered on one replica is found by its hash on another", async () => {
    if (!(await redisAnswers("shared APQ"))) return;
    // a document no earlier run registered, so the first lookup misses everywhere
    const query = `query Apq${Date.now()} { categories { code } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    const env = { REDIS_URL: redisUrl, RATE_LIMIT_POINTS: "1000" };
    const a = await startExtraGateway(stack, env);
    const b = await startExtraGateway(stack, env);
    const memoryOnly = await startExtraGateway(stack, { RATE_LIMIT_POINTS: "1000" });
    try {
      expect(codeOf(await gql(b.url, "", { body: { extensions: ext } }))).toBe("PERSISTED_QUERY_NOT_FOUND");
      expect((await gql(a.url, "", { body: { query, extensions: ext } })).errors).toBeUndefined();
      const viaB = await gql<{ categories: { code: string }[] }>(b.url, "", { body: { extensions: ext } });
      expect(viaB.errors).toBeUndefined();
      expect(viaB.data!.categories.length).toBeGreaterThan(5);
      // a replica without Redis keeps its own memory: it has not seen the document
      expect(codeOf(await gql(memoryOnly.url, "", { body: { extensions: ext } }))).toBe("PERSISTED_QUERY_NOT_FOUND");
    } finally {
      await Promise.all([a.stop(), b.stop(), memoryOnly.stop()]);
    }
  });
});

async function reachable(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(u.port || 6379), u.hostname);
    socket.setTimeout(500);
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

describe("persisted operations", () => {
  it("a registered operation runs from its manifest id alone", async () => {
    const r = await gql(stack.gatewayUrl, "", { body: { extensions: { persistedQuery: { version: 1, sha256Hash: REGISTERED_ID } } } });
    expect(r.errors).toBeUndefined();
    expect(r.data).toHaveProperty("suppliers.totalCount");
  });

  it("APQ: an unknown hash asks for the query, then the hash alone works", async () => {
    const query = "{ categories { label } }";
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    expect(codeOf(await gql(stack.gatewayUrl, "", { body: { extensions: ext } }))).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await gql(stack.gatewayUrl, "", { body: { query, extensions: ext } })).errors).toBeUndefined();
    expect((await gql(stack.gatewayUrl, "", { body: { extensions: ext } })).errors).toBeUndefined();
  });

  it("only-registered mode refuses anything else before any subgraph call", async () => {
    const gw = await startExtraGateway(stack, { PERSISTED_OPERATIONS_FILE: manifestFile, PERSISTED_OPERATIONS_ONLY: "true" });
    try {
      expect(
        (await gql(gw.url, "", { body: { extensions: { persistedQuery: { version: 1, sha256Hash: REGISTERED_ID } } } })).errors,
      ).toBeUndefined();
      expect((await gql(gw.url, REGISTERED)).errors).toBeUndefined();
      const refused = await gql(gw.url, "{ categories { code } }");
      expect(refused.status).toBe(403);
      expect(codeOf(refused)).toBe("FORBIDDEN");
    } finally {
      await gw.stop();
    }
  });

  it("only-registered mode refuses a registered hash sent with another document", async () => {
    const gw = await startExtraGateway(stack, { PERSISTED_OPERATIONS_FILE: manifestFile, PERSISTED_OPERATIONS_ONLY: "true" });
    try {
      const registered = { persistedQuery: { version: 1, sha256Hash: REGISTERED_ID } };
      expect((await gql(gw.url, "", { body: { query: REGISTERED, extensions: registered } })).errors).toBeUndefined();
      const before = await subgraphCalls(gw.base);
      for (const query of ["{ categories { code } }", `${REGISTERED} `]) {
        const smuggled = await gql(gw.url, "", { body: { query, extensions: registered } });
        expect(smuggled.status).toBe(403);
        expect(codeOf(smuggled)).toBe("FORBIDDEN");
        expect(smuggled.data).toBeUndefined();
      }
      const otherHash = { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } };
      const mismatched = await gql(gw.url, "", { body: { query: REGISTERED, extensions: otherHash } });
      expect(mismatched.status).toBe(403);
      expect(codeOf(mismatched)).toBe("FORBIDDEN");
      expect(await subgraphCalls(gw.base)).toBe(before);
    } finally {
      await gw.stop();
    }
  });
});

describe("production mode, CORS, timeout", () => {
  it("production: no introspection, no field suggestions, no development issuer", async () => {
    const gw = await startExtraGateway(stack, { NODE_ENV: "production" });
    try {
      expect(codeOf(await gql(gw.url, "{ __schema { types { name } } }"))).toBe("GRAPHQL_VALIDATION_FAILED");
      const typo = await gql(gw.url, "{ categorie { code } }");
      expect(typo.errors![0].message).not.toMatch(/Did you mean/);
    } finally {
      await gw.stop();
    }
    await expect(startExtraGateway(stack, { NODE_ENV: "production", DEV_OIDC_ENABLED: "true" })).rejects.toThrow(/DEV_OIDC_ENABLED/);
  });

  it("CORS: allow-listed origins only", async () => {
    const preflight = (origin: string) =>
      fetch(stack.gatewayUrl, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
    expect((await preflight("https://partenaire.example")).headers.get("access-control-allow-origin")).toBe("https://partenaire.example");
    expect((await preflight("https://intrus.example")).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("an operation that outlives the execution timeout answers TIMEOUT", async () => {
    const tarpit = net.createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => tarpit.listen(0, "127.0.0.1", resolve));
    const port = (tarpit.address() as net.AddressInfo).port;
    const gw = await startExtraGateway(stack, { EXECUTION_TIMEOUT_MS: "300", CATALOGUE_URL: `http://127.0.0.1:${port}/graphql` });
    try {
      const r = await gql(gw.url, "{ categories { code } }");
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "TIMEOUT" });
    } finally {
      await gw.stop();
      tarpit.close();
    }
  });

  it("/metrics exposes requests, errors and subgraph fetches", async () => {
    const text = await (await fetch(`${stack.base}/metrics`)).text();
    expect(text).toMatch(/gateway_graphql_requests_total\{operation="[^"]+",outcome="success"\}/);
    expect(text).toMatch(/gateway_graphql_errors_total\{code="BAD_USER_INPUT"\}/);
    expect(text).toMatch(/gateway_subgraph_fetch_duration_seconds_count\{subgraph="catalogue",outcome="ok"\}/);
  });
});
