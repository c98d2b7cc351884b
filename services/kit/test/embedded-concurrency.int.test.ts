import { Column, Entity, PrimaryColumn } from "typeorm";
import { createDataSource, migrate } from "../src/database/create-data-source";
import { createTestDatabase, TestDatabase } from "../src/testing/test-database";

@Entity({ name: "ledger" })
class Ledger {
  @PrimaryColumn({ type: "int" })
  id: number;
  @Column({ type: "text" })
  label: string;
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

test("concurrent transactions through the database connection: exactly the committed half persists", async () => {
  const ds = createDataSource({ url: db.url, schema: "kit_test", entities: [Ledger], migrations: [], poolSize: 8, embedded: db.embedded });
  await migrate(ds, "kit_test");
  await ds.query(`CREATE TABLE kit_test.ledger (id int PRIMARY KEY, label text NOT NULL)`);
  const attempts = Array.from({ length: 40 }, (_, i) => i);
  const results = await Promise.allSettled(
    attempts.map((i) =>
      ds.transaction(async (m) => {
        await m.insert(Ledger, { id: i, label: `first-${i}` });
        await new Promise((r) => setTimeout(r, i % 5));
        await m.insert(Ledger, { id: 1000 + i, label: `second-${i}` });
        if (i % 2 === 1) throw new Error(`rollback ${i}`);
      }),
    ),
  );
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
  const rows: { id: number }[] = await ds.query(`SELECT id FROM kit_test.ledger ORDER BY id`);
  const even = attempts.filter((i) => i % 2 === 0);
  expect(rows.map((r) => r.id)).toEqual([...even, ...even.map((i) => 1000 + i)]);
  await ds.destroy();
});
