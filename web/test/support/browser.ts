import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const SCREENSHOT_DIR = join(__dirname, "..", "..", "test-results", "screenshots");

/** Debian's Chromium (web/scripts/ensure-chromium.sh installs it), headless, nothing phoning home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

export interface GraphqlCall {
  operationName: string;
  query: string;
  variables: unknown;
  /** sha256(query) is an id of web/persisted-operations.json: the gateway can safelist it. */
  registered: boolean;
}

const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "persisted-operations.json"), "utf8")) as {
  operations: { id: string }[];
};
const registeredIds = new Set(manifest.operations.map((op) => op.id));

/** A page that records every POST to /graphql, for the one-request-per-page rule. */
export interface TrackedPage {
  page: Page;
  calls: GraphqlCall[];
  /** Clears the record and returns what it held. */
  take(): GraphqlCall[];
}

export async function openPage(context: BrowserContext): Promise<TrackedPage> {
  const page = await context.newPage();
  const calls: GraphqlCall[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/graphql") {
      const body = request.postDataJSON() as { operationName?: string; query?: string; variables?: unknown };
      const query = body.query ?? "";
      calls.push({
        operationName: body.operationName ?? "",
        query,
        variables: body.variables ?? {},
        registered: registeredIds.has(createHash("sha256").update(query).digest("hex")),
      });
    }
  });
  page.on("pageerror", (err) => {
    throw err;
  });
  return { page, calls, take: () => calls.splice(0, calls.length) };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Waits for the network to settle, then returns the GraphQL operations the page sent
 * since the last call; each must be in the persisted-operations manifest.
 */
export async function settledCalls(tab: TrackedPage): Promise<GraphqlCall[]> {
  await tab.page.waitForLoadState("networkidle");
  const calls = tab.take();
  const unregistered = calls.filter((c) => !c.registered).map((c) => c.operationName);
  if (unregistered.length) throw new Error(`operations missing from persisted-operations.json: ${unregistered.join(", ")}`);
  return calls;
}

/** The names of the operations a page sent since the last call, once the network is quiet. */
export async function settledOperations(tab: TrackedPage): Promise<string[]> {
  return (await settledCalls(tab)).map((c) => c.operationName);
}
