import type { DataSource, EntityManager } from "typeorm";
import { signIdentity } from "../identity/gateway-signature";
import type { Logger } from "../server/logger";
import { EVENT_FEED_PATH } from "./event-feed-route";
import { OutboxEvent, START_POSITION } from "./outbox";
import { quoteSchema } from "./outbox-sql";

export const DEFAULT_BATCH_SIZE = 25;

/** Applies one event to the consumer's own projection; must be idempotent (upserts). */
export type EventHandler = (manager: EntityManager, event: OutboxEvent) => Promise<void>;

export interface EventConsumerOptions {
  /** Name of the producing subgraph, used as the cursor key. */
  source: string;
  /** Base URL of the producer, e.g. http://127.0.0.1:4001 */
  sourceUrl: string;
  /** Consumer's own schema (holds inbox_cursor). */
  schema: string;
  dataSource: DataSource;
  gatewaySecret: string;
  handlers: Record<string, EventHandler>;
  logger: Logger;
  pollIntervalMs?: number;
  /**
   * Events per page, each page applied in one transaction. Small by default: on the
   * embedded engine the subgraph has one connection, and a long catch-up transaction
   * (demo seeding on first start) would otherwise stall requests and readiness checks.
   */
  batchSize?: number;
  /** A feed call that has not answered by then fails (and is retried), so a hung producer cannot block stop(). */
  fetchTimeoutMs?: number;
}

/**
 * Pulls a producer's event feed and applies each page of events in one transaction
 * together with the cursor: a consumer that was down resumes where it stopped, and an
 * event is never applied twice (handlers are idempotent all the same: at-least-once).
 */
export class EventConsumer {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;
  private drainedOnce = false;
  private waitingLogged = false;

  constructor(private readonly opts: EventConsumerOptions) {}

  async position(): Promise<string> {
    const rows: { position: string }[] = await this.opts.dataSource.query(
      `SELECT position FROM ${quoteSchema(this.opts.schema)}.inbox_cursor WHERE source = $1`,
      [this.opts.source],
    );
    return rows[0]?.position ?? START_POSITION;
  }

  /**
   * True once the feed has been drained since start: until then the projection may miss
   * facts the producer already published (a fresh start catching up), so the subgraph is
   * not ready to serve.
   */
  get caughtUp(): boolean {
    return this.drainedOnce;
  }

  /** Pulls and applies until the feed is drained; returns the number of events applied. */
  syncOnce(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  private async drain(): Promise<number> {
    let applied = 0;
    for (;;) {
      const after = await this.position();
      const events = await this.fetchPage(after);
      if (events.length === 0) {
        this.drainedOnce = true;
        return applied;
      }
      if (await this.applyPage(after, events)) applied += events.length;
    }
  }

  /**
   * Applies one page with the cursor, in one transaction, only if the cursor is still
   * where the page was read from: another instance of this consumer (a replica, a
   * restart overlapping the old process) that applied it first wins, and the page is
   * dropped here instead of being applied twice.
   */
  private applyPage(after: string, events: OutboxEvent[]): Promise<boolean> {
    const table = `${quoteSchema(this.opts.schema)}.inbox_cursor`;
    return this.opts.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO ${table} (source, position) VALUES ($1, $2) ON CONFLICT (source) DO NOTHING`, [
        this.opts.source,
        START_POSITION,
      ]);
      const [claimed]: { position: string }[] = await manager.query(`SELECT position FROM ${table} WHERE source = $1 FOR UPDATE`, [
        this.opts.source,
      ]);
      if (claimed.position !== after) return false;
      for (const event of events) {
        const handler = this.opts.handlers[event.type];
        if (handler) await handler(manager, event);
      }
      await manager.query(`UPDATE ${table} SET position = $2, applied = applied + $3, updated_at = now() WHERE source = $1`, [
        this.opts.source,
        events[events.length - 1].position,
        events.length,
      ]);
      return true;
    });
  }

  private async fetchPage(after: string): Promise<OutboxEvent[]> {
    const url = new URL(EVENT_FEED_PATH, this.opts.sourceUrl);
    url.searchParams.set("after", after);
    url.searchParams.set("limit", String(this.opts.batchSize ?? DEFAULT_BATCH_SIZE));
    const res = await fetch(url, {
      headers: signIdentity(null, this.opts.gatewaySecret),
      signal: AbortSignal.timeout(this.opts.fetchTimeoutMs ?? 10_000),
    });
    if (!res.ok) throw new Error(`event feed ${this.opts.source} answered ${res.status}`);
    const body = (await res.json()) as { events: OutboxEvent[] };
    return body.events;
  }

  /** Polls in the background until stop(); errors are logged and retried. */
  start(): void {
    const tick = async () => {
      if (this.stopped) return;
      try {
        const n = await this.syncOnce();
        if (n > 0) this.opts.logger.debug({ source: this.opts.source, applied: n }, "events applied");
      } catch (err) {
        const detail = { source: this.opts.source, err: (err as Error).message };
        // A producer starting after this subgraph (or a feed it follows) is not news on each poll: say it once.
        if (this.drainedOnce) this.opts.logger.warn(detail, "event feed unavailable, will retry");
        else if (!this.waitingLogged) this.opts.logger.info(detail, "waiting for the event feed, will retry");
        else this.opts.logger.debug(detail, "event feed still unavailable");
        this.waitingLogged = true;
      }
      if (!this.stopped) this.timer = setTimeout(tick, this.opts.pollIntervalMs ?? 1000);
    };
    void tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }
}
