/** DDL for the producer side (outbox) and the consumer side (inbox cursor), used by each subgraph's migrations. */
const ident = (schema: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  return `"${schema}"`;
};

export const createOutboxSql = (schema: string) => [
  `CREATE TABLE ${ident(schema)}.outbox_event (
     id bigserial PRIMARY KEY,
     tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
     type text NOT NULL,
     aggregate_id text NOT NULL,
     payload jsonb NOT NULL,
     occurred_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX outbox_event_order ON ${ident(schema)}.outbox_event (tx_id, id)`,
];
export const dropOutboxSql = (schema: string) => [`DROP TABLE ${ident(schema)}.outbox_event`];

export const createInboxSql = (schema: string) => [
  `CREATE TABLE ${ident(schema)}.inbox_cursor (
     source text PRIMARY KEY,
     position text NOT NULL,
     applied bigint NOT NULL DEFAULT 0,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
];
export const dropInboxSql = (schema: string) => [`DROP TABLE ${ident(schema)}.inbox_cursor`];

export { ident as quoteSchema };
