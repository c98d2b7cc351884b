import type { Browser } from "playwright-core";
import { launchBrowser, openPage, type TrackedPage } from "./browser";
import { startWebStack, type WebStack } from "./web-stack";

/** A browser suite's shared parts: one stack and one browser for the file, a fresh tab per actor. */
export interface WebSuite {
  readonly env: WebStack;
  readonly browser: Browser;
  /** A new browser context (its own session storage) at the stack's address, in French. */
  newTab(): Promise<TrackedPage>;
}

/** Starts the stack and Chromium before the file's tests and stops them after. */
export function useWebSuite(): WebSuite {
  let env: WebStack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    env = await startWebStack();
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await env?.stop();
  }, 60_000);
  const suite: WebSuite = {
    get env() {
      if (!env) throw new Error("the web stack is not started (use the suite inside tests)");
      return env;
    },
    get browser() {
      if (!browser) throw new Error("the browser is not started (use the suite inside tests)");
      return browser;
    },
    async newTab() {
      const context = await suite.browser.newContext({
        baseURL: suite.env.baseUrl,
        viewport: { width: 1280, height: 900 },
        locale: "fr-FR",
      });
      return openPage(context);
    },
  };
  return suite;
}
