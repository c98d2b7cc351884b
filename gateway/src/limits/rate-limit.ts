import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type Redis from "ioredis";
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Logger } from "@gouvtech/kit";
import type { GatewayConfig } from "../config";
import { badRequest } from "../server/http-errors";
import type { AuthLocals } from "../auth/auth-middleware";

export const API_KEY_HEADER = "x-api-key";

export interface RateLimiter {
  middleware: (req: Request, res: Response, next: NextFunction) => Promise<void>;
}

const digest = (key: string) => createHash("sha256").update(key).digest("hex");

/**
 * Per-caller budgets: a partner API key has its own quota; otherwise the user id when
 * authenticated, else the client IP. In memory, or in Redis (REDIS_URL) so that replicas
 * share one budget, with an in-memory fallback while Redis is unreachable.
 */
export function createRateLimiter(
  config: GatewayConfig["rateLimit"],
  redis: Redis | undefined,
  logger: Logger,
  onLimited: () => void,
): RateLimiter {
  const make = (points: number, keyPrefix: string): RateLimiterAbstract => {
    const opts = { points, duration: config.windowS, keyPrefix };
    return redis
      ? new RateLimiterRedis({ ...opts, storeClient: redis, insuranceLimiter: new RateLimiterMemory(opts) })
      : new RateLimiterMemory(opts);
  };
  const callers = make(config.points, "gouvtech-rl");
  const partners = new Map(
    config.partners.map((p) => [digest(p.key), { name: p.name, limiter: make(p.points, `gouvtech-rl-partner-${p.name}`) }]),
  );

  return {
    async middleware(req, res, next) {
      const apiKey = req.header(API_KEY_HEADER);
      const partner = apiKey ? partners.get(digest(apiKey)) : undefined;
      if (apiKey && !partner) return badRequest(res, 401, "UNAUTHENTICATED", "Clé d'API inconnue.");
      const identity = (res.locals as AuthLocals).identity;
      const [limiter, key] = partner
        ? [partner.limiter, partner.name]
        : [callers, identity ? `user:${identity.sub}` : `ip:${req.ip ?? "unknown"}`];
      try {
        const r = await limiter.consume(key);
        res.setHeader("RateLimit-Limit", String(partner ? limiter.points : config.points));
        res.setHeader("RateLimit-Remaining", String(r.remainingPoints));
        next();
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) {
          logger.error({ err }, "rate limiter failed; letting the request through");
          return next();
        }
        const retryAfter = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
        onLimited();
        res.setHeader("Retry-After", String(retryAfter));
        badRequest(res, 429, "RATE_LIMITED", `Trop de requêtes : réessayez dans ${retryAfter} s.`, { retryAfter });
      }
    },
  };
}
