import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { startStack } from "./start-stack";

/**
 * `npm run bench`: the whole stack as `npm start` runs it (embedded engines, seeded demo
 * data, real HTTP between gateway and subgraphs), then named page queries timed through
 * the gateway. Loopback only, bounded in count; prints a table, asserts nothing.
 * With DATABASE_URL set, the subgraphs use that PostgreSQL server instead (seeded on first
 * use, idempotently): `DATABASE_URL=postgres://… npm run bench`.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);

const QUERIES: Record<string, { query: string; variables?: Record<string, unknown>; as?: "agent" }> = {
  "explore (20 cards, facets, scores, ratings)": {
    query: `{ solutions(first: 20) { totalCount edges { node { id slug name tagline distribution supplier { name } assessment { overallScore } rating { average count } } }
      facets { categories { value count } distributions { value count } deployments { value count } purchasingCentrals { value count } targetPublics { value count } } } }`,
  },
  "explore sorted by evaluation score (20 cards, facets)": {
    query: `{ solutions(first: 20, sort: SCORE) { totalCount edges { node { id slug name supplier { name } assessment { overallScore } rating { average count } } }
      facets { categories { value count } distributions { value count } } } }`,
  },
  "search 'securite messagerie' with facets": {
    query: `query($q: String) { solutions(search: $q, first: 20) { totalCount edges { node { name supplier { name } } } facets { categories { value count } } } }`,
    variables: { q: "securite messagerie" },
  },
  "solution page as an agent (sheet, scores, answers, rating, 3 reviews)": {
    query: `query($slug: String) { solution(slug: $slug) { name description supplier { name } categories { label } purchasingCentrals { central { code } reference }
      scores { theme label value } assessment { completeness answers { criterionCode evidenceLevel } } rating { average count distribution { rating count } }
      reviews(first: 3) { edges { node { title body rating } } } } }`,
    as: "agent",
  },
};

async function post(url: string, body: unknown, token?: string): Promise<{ status: number; json: { data?: unknown; errors?: unknown[] } }> {
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "apollo-require-preflight": "true",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "gouvtech-bench-"));
  const t0 = performance.now();
  const stack = await startStack({
    dataDir,
    databaseUrl: process.env.DATABASE_URL || undefined,
    gatewayPort: 0,
    subgraphPorts: { catalogue: 0, assessment: 0, community: 0 },
    log: () => undefined,
    gatewayEnv: { RATE_LIMIT_POINTS: "100000", LOG_LEVEL: "warn" },
    subgraphEnv: { LOG_LEVEL: "warn" },
  });
  const url = stack.gatewayUrl;
  try {
    console.log(`engine: ${process.env.DATABASE_URL ? "PostgreSQL server (DATABASE_URL)" : "embedded PGlite"}`);
    console.log(`stack ready (first start, seeding included) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const tokenRes = await fetch(url.replace(/\/graphql$/, "/dev-oidc/token"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "agent" }),
    });
    const token = ((await tokenRes.json()) as { access_token: string }).access_token;
    // Wait until the assessment and community projections have caught up with the seed.
    const ids: string[] = [];
    let slug = "";
    for (let i = 0; i < 120 && !slug; i++) {
      const r = await post(url, { query: `{ solutions(first: 50) { edges { node { id slug scores { value } rating { count } } } } }` });
      const edges =
        (
          r.json.data as {
            solutions?: { edges: { node: { id: string; slug: string; scores: unknown; rating: { count: number } | null } }[] };
          }
        )?.solutions?.edges ?? [];
      const rich = edges.filter((e) => e.node.scores && (e.node.rating?.count ?? 0) > 0);
      if (rich.length >= 4) {
        slug = rich[0].node.slug;
        ids.push(...rich.slice(0, 4).map((e) => e.node.id));
      } else await new Promise((r) => setTimeout(r, 500));
    }
    if (!slug) throw new Error("demo data did not show up through the gateway");
    QUERIES["solution page as an agent (sheet, scores, answers, rating, 3 reviews)"].variables = { slug };
    QUERIES["compare 4 solutions (scores and answers)"] = {
      query: `query($a: ID, $b: ID, $c: ID, $d: ID) { ${["a", "b", "c", "d"].map((k) => `${k}: solution(id: $${k}) { name scores { theme value } assessment { answers { criterionCode numberValue booleanValue choice notApplicable } } }`).join(" ")} }`,
      variables: { a: ids[0], b: ids[1], c: ids[2], d: ids[3] },
    };

    console.log(`\n${ROUNDS} sequential requests per query, then ${ROUNDS * CONCURRENCY} with ${CONCURRENCY} in flight (ms):`);
    console.log(
      "query".padEnd(72),
      "p50".padStart(7),
      "p95".padStart(7),
      "max".padStart(7),
      "  |",
      "p50".padStart(7),
      "p95".padStart(7),
      "req/s".padStart(7),
    );
    for (const [name, q] of Object.entries(QUERIES)) {
      const run = async () => {
        const start = performance.now();
        const r = await post(url, { query: q.query, variables: q.variables }, q.as === "agent" ? token : undefined);
        if (r.status !== 200 || r.json.errors) throw new Error(`${name}: ${r.status} ${JSON.stringify(r.json.errors)}`);
        return performance.now() - start;
      };
      for (let i = 0; i < 3; i++) await run();
      const seq: number[] = [];
      for (let i = 0; i < ROUNDS; i++) seq.push(await run());
      const par: number[] = [];
      const wall = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let i = 0; i < ROUNDS; i++) par.push(await run());
        }),
      );
      const rps = (par.length / ((performance.now() - wall) / 1000)).toFixed(0);
      const a = stats(seq);
      const b = stats(par);
      console.log(
        name.padEnd(72),
        a.p50.toFixed(1).padStart(7),
        a.p95.toFixed(1).padStart(7),
        a.max.toFixed(1).padStart(7),
        "  |",
        b.p50.toFixed(1).padStart(7),
        b.p95.toFixed(1).padStart(7),
        rps.padStart(7),
      );
    }
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
