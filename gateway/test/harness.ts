import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, createTestDatabase, SUBGRAPHS, TestDatabase } from "@gouvtech/kit";
import { readGatewayConfig, subgraphUrlVariable } from "../src/config";
import { RunningGateway, startGateway } from "../src/server/start-gateway";
import { ROOT_DIR, RunningStack, startStack, StackOptions } from "../../stack/src/start-stack";

/** Compiles what the stack runs (subgraphs, gateway), once at a time across jest workers. */
function buildOnce(): void {
  const lock = join(tmpdir(), "gouvtech-e2e-build.lock");
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      closeSync(openSync(lock, "wx"));
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 600_000) unlinkSync(lock);
      } catch {
        // released meanwhile
      }
      if (Date.now() > deadline) throw new Error("timed out waiting for the build lock");
      execFileSync("sleep", ["1"]);
    }
  }
  try {
    const projects = [...new Set(SUBGRAPHS.map((s) => s.entry.split("/dist/")[0])), "gateway"];
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-b", ...projects], { cwd: ROOT_DIR, stdio: "inherit" });
  } finally {
    unlinkSync(lock);
  }
}

export interface TestStack extends RunningStack {
  base: string;
  /** The gateway secret the stack shares (tests start extra gateways with it). */
  secret: string;
  logs: string[];
  close(): Promise<void>;
}

/**
 * The whole stack as `npm start` runs it (child processes, one PGlite engine per subgraph
 * or TEST_DATABASE_URL's server), on free ports and a temporary data folder.
 */
export async function startTestStack(opts: Partial<StackOptions> = {}): Promise<TestStack> {
  buildOnce();
  const dataDir = mkdtempSync(join(tmpdir(), "gouvtech-stack-"));
  let db: TestDatabase | undefined;
  if (process.env.TEST_DATABASE_URL) db = await createTestDatabase();
  const logs: string[] = [];
  const secret = randomBytes(32).toString("base64url");
  const stack = await startStack({
    rootDir: ROOT_DIR,
    dataDir,
    databaseUrl: db?.url,
    gatewaySecret: secret,
    gatewayPort: 0,
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 0])),
    log: (line) => logs.push(line),
    ...opts,
    gatewayEnv: { NODE_ENV: "test", LOG_LEVEL: "info", ...opts.gatewayEnv },
    subgraphEnv: { NODE_ENV: "test", LOG_LEVEL: "warn", ...opts.subgraphEnv },
  }).catch((err) => {
    console.error(logs.slice(-50).join("\n"));
    throw err;
  });
  return {
    ...stack,
    base: stack.gatewayUrl.replace(/\/graphql$/, ""),
    secret,
    logs,
    async close() {
      await stack.stop();
      await db?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

/** POSTs an operation to the gateway. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  opts: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: JSON.stringify(opts.body ?? { query, variables: opts.variables ?? {} }),
  });
  const text = await res.text();
  let body: Omit<GqlResult<T>, "status" | "headers"> = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, headers: res.headers, ...body };
}

/** A token from the development issuer for one of its seeded accounts. */
export async function devToken(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/dev-oidc/token`, { method: "POST", body: new URLSearchParams({ grant_type: "password", username }) });
  if (!res.ok) throw new Error(`dev token for ${username}: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** How many calls the gateway has made to subgraphs (from its own /metrics). */
export async function subgraphCalls(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return text
    .split("\n")
    .filter((l) => l.startsWith("gateway_subgraph_fetch_duration_seconds_count"))
    .reduce((sum, l) => sum + Number(l.split(" ").pop()), 0);
}

export const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

/** A second gateway, in this process, in front of the stack's subgraphs, with its own settings. */
export async function startExtraGateway(stack: TestStack, env: Record<string, string>): Promise<RunningGateway & { base: string }> {
  const urls = Object.fromEntries([...stack.subgraphs.values()].map((s) => [subgraphUrlVariable(s.name), s.url]));
  const config = readGatewayConfig({ NODE_ENV: "test", PORT: "0", GATEWAY_SECRET: stack.secret, ...urls, ...env });
  const gateway = await startGateway(config, createLogger("extra-gateway", "silent"));
  return { ...gateway, base: gateway.url.replace(/\/graphql$/, "") };
}
