import http from "node:http";
import express from "express";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import {
  createDataSource,
  createInboxSql,
  createLogger,
  createOutboxSql,
  createTestDatabase,
  EventConsumer,
  publishEvent,
  readEvents,
  requireGatewaySignature,
  mountEventFeed,
  TEST_GATEWAY_SECRET,
  TestDatabase,
  OutboxEvent,
} from "../src";

const logger = createLogger("outbox-test", "silent");
let db: TestDatabase;
let ds: DataSource;
let server: http.Server;
let feedUrl: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource({ url: db.url, schema: "producer", entities: [], migrations: [], poolSize: 4, embedded: db.embedded });
  await ds.initialize();
  for (const sql of [
    `CREATE SCHEMA producer`,
    `CREATE SCHEMA consumer`,
    ...createOutboxSql("producer"),
    ...createInboxSql("consumer"),
    `CREATE TABLE consumer.applied (position text NOT NULL, aggregate_id text NOT NULL)`,
  ]) {
    await ds.query(sql);
  }
  const app = express();
  const router = express.Router();
  router.use(requireGatewaySignature(TEST_GATEWAY_SECRET, logger));
  mountEventFeed(router, () => ds, "producer");
  app.use(router);
  server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address() as { port: number };
  feedUrl = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await ds.destroy();
  await db.close();
});

const publish = (aggregateId: string) =>
  ds.transaction((m) => publishEvent(m, "producer", { type: "Thing", aggregateId, payload: { aggregateId } }));

/** A consumer whose handler logs each application, so double applications show as duplicate rows. */
const consumer = () =>
  new EventConsumer({
    source: "producer",
    sourceUrl: feedUrl,
    schema: "consumer",
    dataSource: ds,
    gatewaySecret: TEST_GATEWAY_SECRET,
    logger,
    batchSize: 3,
    handlers: {
      Thing: async (m, e: OutboxEvent) => {
        await m.query(`INSERT INTO consumer.applied (position, aggregate_id) VALUES ($1, $2)`, [e.position, e.aggregateId]);
      },
    },
  });
const applied = async () =>
  (await ds.query(`SELECT aggregate_id FROM consumer.applied ORDER BY position`)).map((r: { aggregate_id: string }) => r.aggregate_id);

test("an event is only written inside the transaction of its change, and a rolled-back one never shows", async () => {
  await expect(publishEvent(ds.manager, "producer", { type: "Thing", aggregateId: "x", payload: {} })).rejects.toThrow(
    /inside the transaction/,
  );
  await expect(
    ds.transaction(async (m) => {
      await publishEvent(m, "producer", { type: "Thing", aggregateId: "rolled-back", payload: {} });
      throw new Error("the change failed");
    }),
  ).rejects.toThrow("the change failed");
  expect(await readEvents(ds, "producer", "0:0", 10)).toEqual([]);
});

test("the feed serves events in commit order with positions, and refuses unsigned or malformed calls", async () => {
  for (const id of ["a", "b", "c"]) await publish(id);
  const events = await readEvents(ds, "producer", "0:0", 10);
  expect(events.map((e) => e.aggregateId)).toEqual(["a", "b", "c"]);
  expect(await readEvents(ds, "producer", events[0].position, 10)).toEqual(events.slice(1));
  expect((await fetch(`${feedUrl}/internal/events`)).status).toBe(401);
  const { signIdentity } = await import("../src");
  const bad = await fetch(`${feedUrl}/internal/events?after=nope`, { headers: signIdentity(null, TEST_GATEWAY_SECRET) });
  expect(bad.status).toBe(400);
});

test("a consumer that was down catches up with nothing lost and nothing applied twice", async () => {
  const c = consumer();
  expect(await c.syncOnce()).toBe(3);
  // Down: the producer keeps writing.
  for (const id of ["d", "e", "f", "g", "h"]) await publish(id);
  const restarted = consumer();
  expect(restarted.caughtUp).toBe(false);
  expect(await restarted.syncOnce()).toBe(5);
  expect(restarted.caughtUp).toBe(true);
  expect(await restarted.syncOnce()).toBe(0);
  expect(await applied()).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  const [cursor] = await ds.query(`SELECT applied::int AS applied FROM consumer.inbox_cursor`);
  expect(cursor.applied).toBe(8);
});

test("two instances of a consumer syncing at once apply each event once", async () => {
  for (const id of ["i", "j", "k", "l", "m", "n", "o"]) await publish(id);
  const counts = await Promise.all([consumer().syncOnce(), consumer().syncOnce()]);
  expect(counts[0] + counts[1]).toBe(7);
  expect(await applied()).toEqual("abcdefghijklmno".split(""));
});

test("an event of a transaction still running is withheld, so a consumer never skips it", async () => {
  const second = new Client({ connectionString: db.url });
  if (db.embedded) {
    // The embedded engine has one session: transactions cannot interleave, there is no gap to guard.
    await expect(second.connect().then(() => second.query("SELECT 1"))).rejects.toThrow();
    await second.end().catch(() => undefined);
    return;
  }
  await second.connect();
  try {
    const before = await readEvents(ds, "producer", "0:0", 100);
    const last = before[before.length - 1].position;
    await second.query("BEGIN");
    await second.query(`INSERT INTO producer.outbox_event (type, aggregate_id, payload) VALUES ('Thing', 'early', '{}')`);
    await publish("late"); // a later transaction that commits first
    expect(await readEvents(ds, "producer", last, 100)).toEqual([]);
    await second.query("COMMIT");
    const after = await waitForEvents(last, 2);
    expect(after.map((e) => e.aggregateId)).toEqual(["early", "late"]);
  } finally {
    await second.end();
  }
});

/** On a shared server, another database's open transaction may hold the horizon back for a moment. */
async function waitForEvents(after: string, n: number): Promise<OutboxEvent[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const events = await readEvents(ds, "producer", after, 100);
    if (events.length >= n) return events;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return readEvents(ds, "producer", after, 100);
}

test("a producer that never answers fails the sync instead of hanging it", async () => {
  const silent = http.createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const c = new EventConsumer({
    source: "silent",
    sourceUrl: `http://127.0.0.1:${(silent.address() as { port: number }).port}`,
    schema: "consumer",
    dataSource: ds,
    gatewaySecret: TEST_GATEWAY_SECRET,
    logger,
    fetchTimeoutMs: 200,
    handlers: {},
  });
  try {
    await expect(c.syncOnce()).rejects.toThrow();
    expect(await c.position()).toBe("0:0");
  } finally {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  }
});
