import Redis from "ioredis";
import type { Logger } from "@gouvtech/kit";

/**
 * The gateway's one Redis connection (REDIS_URL), shared by the rate limiter and the APQ
 * store, or undefined without REDIS_URL. Commands fail fast while Redis is unreachable
 * (no offline queue), so each user falls back to memory instead of waiting.
 */
export async function connectRedis(url: string | undefined, logger: Logger): Promise<Redis | undefined> {
  if (!url) return undefined;
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  redis.on("error", (err) => logger.warn({ err: err.message }, "Redis unreachable; rate limits and APQ fall back to memory"));
  if (redis.status !== "ready") {
    // wait (bounded) for the first connection, so replicas share state from the first request
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5_000);
      redis.once("ready", () => (clearTimeout(timer), resolve()));
    });
  }
  return redis;
}

export async function closeRedis(redis: Redis | undefined): Promise<void> {
  if (redis) await redis.quit().catch(() => redis.disconnect());
}
