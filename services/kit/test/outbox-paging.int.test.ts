import { createDataSource, migrate } from "../src/database/create-data-source";
import { createOutboxSql } from "../src/outbox/outbox-sql";
import { readEvents, START_POSITION } from "../src/outbox/outbox";
import { createTestDatabase } from "../src/testing/test-database";

test("small pages read every event once, in commit order, across ids of different lengths", async () => {
  const db = await createTestDatabase();
  const ds = createDataSource({ url: db.url, schema: "paging", entities: [], migrations: [], poolSize: 2, embedded: db.embedded });
  try {
    await migrate(ds, "paging");
    for (const sql of createOutboxSql("paging")) await ds.query(sql);
    const insert = (from: number, to: number) =>
      ds.transaction(async (m) => {
        for (let i = from; i < to; i++) {
          await m.query(`INSERT INTO paging.outbox_event (type, aggregate_id, payload) VALUES ('Thing', $1, '{}')`, [String(i)]);
        }
      });
    await insert(0, 60); // ids 1..60 in one transaction: "10" sorts before "2" as text
    await insert(60, 130); // a second transaction, ids up to three digits
    let after = START_POSITION;
    const seen: string[] = [];
    for (let pages = 0; pages < 50; pages++) {
      const page = await readEvents(ds, "paging", after, 25);
      if (!page.length) break;
      seen.push(...page.map((e) => e.aggregateId));
      after = page[page.length - 1].position;
    }
    expect(seen).toEqual(Array.from({ length: 130 }, (_, i) => String(i)));
  } finally {
    await ds.destroy();
    await db.close();
  }
});
