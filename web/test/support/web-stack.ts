import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SUBGRAPHS } from "@gouvtech/kit";
import { startStack, type RunningStack } from "../../../stack/src/start-stack";

const WEB_DIR = join(__dirname, "..", "..");
const DIST = join(WEB_DIR, "dist");

export interface WebStack {
  stack: RunningStack;
  /** Where the browser goes: the built client, served by the gateway on the same origin as /graphql. */
  baseUrl: string;
  /** The gateway's GraphQL endpoint, for arranging data through the API. */
  graphqlUrl: string;
  logs: string[];
  stop(): Promise<void>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds web/dist when it is missing or older than the sources. */
export function ensureWebBuild(): void {
  const index = join(DIST, "index.html");
  const sourcesChanged = () =>
    Math.max(newestMtime(join(WEB_DIR, "src")), statSync(join(WEB_DIR, "index.html")).mtimeMs) > statSync(index).mtimeMs;
  if (existsSync(index) && !sourcesChanged()) return;
  execFileSync("npm", ["run", "build", "--workspace", "@gouvtech/web"], { cwd: join(WEB_DIR, ".."), stdio: "pipe" });
}

/** The whole project as `npm start` runs it (fresh embedded databases, demo seed), plus the built client. */
export async function startWebStack(): Promise<WebStack> {
  ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), "gouvtech-web-e2e-"));
  const logs: string[] = [];
  const stack = await startStack({
    dataDir,
    gatewayPort: 0,
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 0])),
    log: (line) => logs.push(line),
  });
  const gatewayOrigin = new URL(stack.gatewayUrl).origin;
  return {
    stack,
    baseUrl: gatewayOrigin,
    graphqlUrl: stack.gatewayUrl,
    logs,
    async stop() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
