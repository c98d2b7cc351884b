import DataLoader from "dataloader";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/** Puts rows back in the order of the keys (DataLoader's contract); missing → null. */
export function orderByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Groups rows per key, in the order of the keys (for one-to-many loaders). */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/**
 * A per-request loader of entities by a unique column: one `= ANY($1)` statement per
 * batch, whatever the number of keys (no bind-parameter limit). Keys that are not
 * UUIDs (for uuid columns) resolve to null without reaching SQL.
 */
export function createEntityLoader<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  column: keyof E & string = "id",
  opts: { uuid?: boolean } = { uuid: true },
): DataLoader<string, E | null> {
  return new DataLoader<string, E | null>(
    async (keys) => {
      const valid = opts.uuid === false ? [...keys] : keys.filter(isUuid);
      if (valid.length === 0) return keys.map(() => null);
      const rows = await manager.createQueryBuilder(entity, "e").where(`e.${column} = ANY(:keys)`, { keys: valid }).getMany();
      return orderByKeys(keys, rows, (row) => row[column] as string);
    },
    { maxBatchSize: 1000 },
  );
}
