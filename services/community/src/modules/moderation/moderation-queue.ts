import type { EntityManager } from "typeorm";
import { ModerationKind } from "./moderation.enums";
import type { ModerationItem } from "./moderation-item.type";

/** Pending reviews, reviews with open flags and open reports, oldest first, in one statement. */
export async function readModerationQueue(
  m: EntityManager,
  kinds: ModerationKind[],
  offset: number,
  limit: number,
): Promise<{ items: ModerationItem[]; total: number }> {
  const rows: { kind: ModerationKind; target_id: string; since: Date; total: number }[] = await m.query(
    `SELECT kind, target_id, since, count(*) OVER ()::int AS total FROM (
       SELECT 'PENDING_REVIEW' AS kind, id AS target_id, updated_at AS since FROM community.review WHERE status = 'PENDING'
       UNION ALL
       SELECT 'FLAGGED_REVIEW', review_id, min(created_at) FROM community.review_flag WHERE status = 'OPEN' GROUP BY review_id
       UNION ALL
       SELECT 'OPEN_REPORT', id, created_at FROM community.anomaly_report WHERE status = 'OPEN'
     ) q
     WHERE kind = ANY($1)
     ORDER BY since, target_id
     OFFSET $2 LIMIT $3`,
    [kinds, offset, limit],
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && offset > 0) {
    const [c]: { n: number }[] = await m.query(
      `SELECT (SELECT count(*) FROM community.review WHERE status = 'PENDING' AND 'PENDING_REVIEW' = ANY($1))
            + (SELECT count(DISTINCT review_id) FROM community.review_flag WHERE status = 'OPEN' AND 'FLAGGED_REVIEW' = ANY($1))
            + (SELECT count(*) FROM community.anomaly_report WHERE status = 'OPEN' AND 'OPEN_REPORT' = ANY($1)) AS n`,
      [kinds],
    );
    total = Number(c.n);
  }
  return { items: rows.map((r) => ({ kind: r.kind, targetId: r.target_id, since: r.since })), total };
}
