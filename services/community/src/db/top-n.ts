import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { groupByKeys } from "@gouvtech/kit";

/** Maps a raw row (column names) to an entity instance (property names). */
export function hydrate<E extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<E>, row: Record<string, unknown>): E {
  const meta = manager.connection.getMetadata(entity);
  const values: Record<string, unknown> = {};
  for (const c of meta.columns) values[c.propertyName] = row[c.databaseName];
  return manager.create(entity, values as E);
}

export interface KeyedPage<E> {
  rows: E[];
  total: number;
}

export interface TopNQuery<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  /** Column holding the key, e.g. solution_id. */
  keyColumn: string;
  /** Extra condition on alias `t`, parameters from $4 on. */
  where?: string;
  params?: unknown[];
  /** ORDER BY on alias `t`; must end with a unique column to be stable. */
  orderBy: string;
  offset: number;
  limit: number;
}

/**
 * One page per key in ONE statement (window functions): rows `offset+1 … offset+limit`
 * of each key, with the key's total. Keys without rows get an empty page.
 */
export async function topNPerKey<E extends ObjectLiteral>(
  manager: EntityManager,
  keys: readonly string[],
  q: TopNQuery<E>,
): Promise<KeyedPage<E>[]> {
  const meta = manager.connection.getMetadata(q.entity);
  const table = `"${meta.schema ?? "public"}"."${meta.tableName}"`;
  const raw: Record<string, unknown>[] = await manager.query(
    `SELECT * FROM (
       SELECT t.*, row_number() OVER (PARTITION BY t.${q.keyColumn} ORDER BY ${q.orderBy}) AS __rn,
              count(*) OVER (PARTITION BY t.${q.keyColumn})::int AS __total
         FROM ${table} t
        WHERE t.${q.keyColumn} = ANY($1::uuid[])${q.where ? ` AND (${q.where})` : ""}
     ) x
     WHERE x.__rn > $2 AND x.__rn <= $2 + $3
     ORDER BY x.${q.keyColumn}, x.__rn`,
    [[...keys], q.offset, q.limit, ...(q.params ?? [])],
  );
  const groups = groupByKeys(keys, raw, (r) => r[q.keyColumn] as string);
  return groups.map((rows) => ({
    rows: rows.map((r) => hydrate(manager, q.entity, r)),
    total: rows.length ? (rows[0].__total as number) : 0,
  }));
}
