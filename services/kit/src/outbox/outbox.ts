import type { DataSource, EntityManager } from "typeorm";
import { quoteSchema } from "./outbox-sql";

export interface OutboxEvent<P = unknown> {
  /** Position in the feed: "<tx_id>:<id>", opaque to consumers. */
  position: string;
  type: string;
  aggregateId: string;
  payload: P;
  occurredAt: string;
}

/**
 * Writes a domain event in the caller's transaction: it exists if and only if the
 * change that caused it was committed.
 */
export async function publishEvent(
  manager: EntityManager,
  schema: string,
  event: { type: string; aggregateId: string; payload: unknown },
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error("publishEvent must run inside the transaction of the change it reports");
  }
  await manager.query(`INSERT INTO ${quoteSchema(schema)}.outbox_event (type, aggregate_id, payload) VALUES ($1, $2, $3::jsonb)`, [
    event.type,
    event.aggregateId,
    JSON.stringify(event.payload),
  ]);
}

const POSITION = /^(\d{1,20}):(\d{1,20})$/;
export const START_POSITION = "0:0";

export function parsePosition(position: string): [string, string] | null {
  const m = POSITION.exec(position);
  return m ? [m[1], m[2]] : null;
}

/**
 * Reads events after a position, in a total order that never changes once served:
 * events are ordered by (transaction id, id) and only events of transactions older
 * than every running transaction are served, so no event can later appear before a
 * position a consumer has already passed (the classic serial-id outbox gap).
 */
export async function readEvents(ds: DataSource, schema: string, after: string, limit: number): Promise<OutboxEvent[]> {
  const pos = parsePosition(after);
  if (!pos) throw new Error("invalid position");
  const rows: { event_id: string; tx: string; type: string; aggregate_id: string; payload: unknown; occurred_at: Date }[] = await ds.query(
    // Aliased apart from the columns: ORDER BY must sort the numbers, not their text ("10" < "2").
    `SELECT id::text AS event_id, tx_id::text AS tx, type, aggregate_id, payload, occurred_at
         FROM ${quoteSchema(schema)}.outbox_event
        WHERE tx_id < pg_snapshot_xmin(pg_current_snapshot())
          AND (tx_id, id) > ($1::xid8, $2::bigint)
        ORDER BY tx_id, id
        LIMIT $3`,
    [pos[0], pos[1], limit],
  );
  return rows.map((r) => ({
    position: `${r.tx}:${r.event_id}`,
    type: r.type,
    aggregateId: r.aggregate_id,
    payload: r.payload,
    occurredAt: new Date(r.occurred_at).toISOString(),
  }));
}
