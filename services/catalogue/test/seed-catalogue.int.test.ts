import { createLogger, createTestDatabase, DEMO_SUPPLIERS, TestDatabase, TEST_GATEWAY_SECRET, callSubgraph } from "@gouvtech/kit";
import { startCatalogue, CatalogueService } from "../src/app";
import { isSpdxId } from "../src/modules/solution/solution.rules";
import { seedCatalogue } from "../src/seed/seed-catalogue";
import { DEMO_SOLUTIONS } from "../src/seed/demo-solutions";
import { demoSolutionId } from "../src/seed/seed-demo";
import { PURCHASING_CENTRALS } from "../src/seed/purchasing-centrals";
import { TAXONOMY } from "../src/seed/taxonomy";

const logger = createLogger("seed-test", "silent");
const TABLES = [
  "category",
  "purchasing_central",
  "supplier",
  "solution",
  "solution_category",
  "solution_purchasing_central",
  "solution_status_change",
  "outbox_event",
];

let db: TestDatabase;
let service: CatalogueService;
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => service.dataSource.query(text, params);
const counts = async () =>
  Object.fromEntries(
    await Promise.all(TABLES.map(async (t) => [t, (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM catalogue.${t}`))[0].n])),
  );

beforeAll(async () => {
  db = await createTestDatabase();
  service = await startCatalogue({
    databaseUrl: db.url,
    embedded: db.embedded,
    poolSize: 4,
    gatewaySecret: TEST_GATEWAY_SECRET,
    logger,
    seed: "demo",
  });
});
afterAll(async () => {
  await service.stop();
  await db.close();
});

test("after first start, the catalogue lists at least 250 published solutions", async () => {
  const r = await callSubgraph<{ solutions: { totalCount: number } }>(service.server.url, `{ solutions(first: 5) { totalCount } }`);
  expect(r.errors).toBeUndefined();
  const published = DEMO_SOLUTIONS.filter((s) => s.status === "PUBLISHED").length;
  expect(r.data!.solutions.totalCount).toBe(228 + published);
  expect(r.data!.solutions.totalCount).toBeGreaterThanOrEqual(250);
});

test("seeds the referential data, the demo suppliers and every demo solution, marked as demo, with stable ids", async () => {
  expect(await counts()).toMatchObject({ category: TAXONOMY.length, purchasing_central: PURCHASING_CENTRALS.length });
  const suppliers = await sql<{ id: string; name: string; is_demo: boolean }>(
    `SELECT id, name, is_demo FROM catalogue.supplier ORDER BY id`,
  );
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect(suppliers).toEqual(DEMO_SUPPLIERS.map((s) => ({ id: s.id, name: s.name, is_demo: true })).sort(byId));
  const demo = await sql<{ id: string; distribution: string; licences: string[]; supplier_id: string; categories: number }>(
    `SELECT s.id, s.distribution, s.licences, s.supplier_id,
            (SELECT count(*)::int FROM catalogue.solution_category sc WHERE sc.solution_id = s.id) AS categories
       FROM catalogue.solution s WHERE s.is_demo`,
  );
  expect(demo.map((d) => d.id).sort()).toEqual(DEMO_SOLUTIONS.map((s) => demoSolutionId(s.key)).sort());
  for (const d of demo) {
    const written = DEMO_SOLUTIONS.find((s) => demoSolutionId(s.key) === d.id)!;
    expect(d.categories).toBe(written.categories.length);
    expect(d.supplier_id).toBe(DEMO_SUPPLIERS.find((s) => s.key === written.supplier)!.id);
    if (d.distribution === "HYBRID") expect(d.licences.length && d.licences.every(isSpdxId)).toBeTruthy();
    if (d.distribution === "PROPRIETARY") expect(d.licences).toEqual([]);
  }
  const [{ n: listings }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM catalogue.solution_purchasing_central`);
  expect(listings).toBe(DEMO_SOLUTIONS.reduce((sum, s) => sum + s.centrals.length, 0));
  const [{ n: sill }] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM catalogue.solution WHERE sill_id IS NOT NULL AND NOT is_demo`,
  );
  expect(sill).toBe(228);
});

test("every demo sheet says it is fictional", async () => {
  const rows = await sql<{ description: string }>(`SELECT description FROM catalogue.solution WHERE is_demo`);
  for (const r of rows) expect(r.description).toContain("*Fiche de démonstration : l'éditeur et le produit sont fictifs.*");
});

test("seeding again adds nothing", async () => {
  const before = await counts();
  expect(before.outbox_event).toBe(228 + DEMO_SOLUTIONS.length);
  await seedCatalogue(service.dataSource, logger);
  expect(await counts()).toEqual(before);
});
