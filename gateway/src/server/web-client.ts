import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import express, { Express } from "express";
import type { Logger } from "@gouvtech/kit";

/** Paths the gateway answers itself; every other GET for HTML gets the client's index.html. */
const OWN_PATHS = /^\/(graphql|dev-oidc|healthz|readyz|metrics)(\/|$)/;

/**
 * Serves the built web client (web/dist) from the same origin as /graphql, so the
 * default setup needs no CORS: hashed assets cached for a year, index.html never
 * cached, and the single-page app's routes answered with index.html.
 */
export function mountWebClient(app: Express, dir: string | undefined, logger: Logger): boolean {
  if (!dir) return false;
  const root = resolve(dir);
  const index = join(root, "index.html");
  if (!existsSync(index)) {
    logger.warn({ dir: root }, "web client not built (npm run build -w @gouvtech/web): only the API is served");
    return false;
  }
  app.use((_req, res, next) => {
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "strict-origin-when-cross-origin");
    res.setHeader("x-frame-options", "DENY");
    next();
  });
  app.use("/assets", express.static(join(root, "assets"), { immutable: true, maxAge: "365d", index: false, fallthrough: false }));
  app.use(express.static(root, { index: false, maxAge: "1h" }));
  app.get(/.*/, (req, res, next) => {
    if (OWN_PATHS.test(req.path) || !req.accepts("html")) return next();
    res.setHeader("cache-control", "no-cache");
    res.sendFile(index);
  });
  return true;
}
