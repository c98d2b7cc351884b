import type Redis from "ioredis";
import type { Logger } from "@gouvtech/kit";

const PREFIX = "gouvtech-apq:";
/** How long a registered document stays without use when Apollo gives no TTL. */
const DEFAULT_TTL_S = 24 * 3600;

/**
 * Automatic persisted queries in Redis, so a partner that registered a document on one
 * gateway replica can send its hash to any other. While Redis is unreachable a lookup
 * misses (the client then sends the document again, as APQ provides) and a write is dropped.
 * The shape is Apollo Server's KeyValueCache.
 */
export class RedisApqStore {
  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(PREFIX + key)) ?? undefined;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, "APQ lookup failed; the client will resend the document");
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    const ttl = options?.ttl === null ? undefined : (options?.ttl ?? DEFAULT_TTL_S);
    try {
      if (ttl === undefined) await this.redis.set(PREFIX + key, value);
      else await this.redis.set(PREFIX + key, value, "EX", Math.max(1, Math.ceil(ttl)));
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, "APQ registration not stored");
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(PREFIX + key)) > 0;
    } catch {
      return false;
    }
  }
}
