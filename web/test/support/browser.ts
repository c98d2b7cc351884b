import { mkdirSync } from "node:fs";
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
}

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
      const body = request.postDataJSON() as { operationName?: string; query?: string };
      calls.push({ operationName: body.operationName ?? "", query: body.query ?? "" });
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
