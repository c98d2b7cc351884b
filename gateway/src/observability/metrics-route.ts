import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { badRequest } from "../server/http-errors";
import type { GatewayMetrics } from "./metrics";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * GET /metrics in Prometheus text. With a token, only a scraper sending
 * `Authorization: Bearer <token>` reads it (compared in constant time); anyone else gets 401.
 */
export function metricsRoute(metrics: GatewayMetrics, token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : digest(token);
  return async (req, res) => {
    if (expected) {
      const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      if (!given || !timingSafeEqual(digest(given), expected)) {
        res.setHeader("www-authenticate", 'Bearer realm="metrics"');
        badRequest(res, 401, "UNAUTHENTICATED", "Jeton de supervision manquant ou invalide.");
        return;
      }
    }
    res.setHeader("content-type", metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  };
}
