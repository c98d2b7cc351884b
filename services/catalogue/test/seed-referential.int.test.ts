import { callSubgraph, createLogger, createTestDatabase, DEMO_SUPPLIERS, TestDatabase, TEST_GATEWAY_SECRET } from "@gouvtech/kit";
import { startCatalogue, CatalogueService } from "../src/app";
import { seedReferential } from "../src/seed/seed-referential";
import { DEMO_SOLUTIONS } from "../src/seed/demo-solutions";
import { PURCHASING_CENTRALS } from "../src/seed/purchasing-centrals";
import { TAXONOMY } from "../src/seed/taxonomy";

let db: TestDatabase;
let service: CatalogueService;
beforeAll(async () => {
  db = await createTestDatabase();
  // As the service starts without SEED_DEMO_DATA (src/index.ts).
  service = await startCatalogue({
    databaseUrl: db.url,
    embedded: db.embedded,
    poolSize: 4,
    gatewaySecret: TEST_GATEWAY_SECRET,
    logger: createLogger("seed-test", "silent"),
    seed: "referential",
  });
});
afterAll(async () => {
  await service.stop();
  await db.close();
});

test("every start seeds the taxonomy and the purchasing centrals, and no solution", async () => {
  const r = await callSubgraph<{
    categories: { code: string; label: string; needs: { code: string }[] }[];
    solutions: { totalCount: number };
  }>(service.server.url, `{ categories { code label needs { code } } solutions(first: 1) { totalCount } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data!.solutions.totalCount).toBe(0);
  const labels = r.data!.categories.map((c) => c.label);
  for (const theme of [
    "Collaboration",
    "Relation usagers",
    "Cybersécurité",
    "Intelligence artificielle",
    "IoT",
    "5G",
    "Bureautique",
    "RH",
    "Finances",
    "Développement logiciel",
    "Infrastructure et exploitation",
    "Données",
    "Multimédia",
    "Enseignement",
  ]) {
    expect(labels).toContain(theme);
  }
  const collaboration = r.data!.categories.find((c) => c.code === "collaboration")!;
  expect(collaboration.needs.map((n) => n.code)).toContain("collaboration.messagerie");
  const centrals: { code: string }[] = await service.dataSource.query(`SELECT code FROM catalogue.purchasing_central ORDER BY code`);
  expect(centrals.map((c) => c.code)).toEqual(expect.arrayContaining(["UGAP", "UNIHA", "CAIH", "RESAH"]));
});

test("seeding the referential data again adds nothing", async () => {
  expect(await seedReferential(service.dataSource)).toEqual({ categories: 0, purchasingCentrals: 0 });
});

test("the demo data only points at existing categories, centrals and suppliers", () => {
  const categories = new Set(TAXONOMY.filter((c) => c.parentCode !== null).map((c) => c.code));
  const centrals = new Set(PURCHASING_CENTRALS.map((c) => c.code));
  expect(DEMO_SOLUTIONS.flatMap((s) => s.categories).filter((c) => !categories.has(c))).toEqual([]);
  expect(DEMO_SOLUTIONS.flatMap((s) => s.centrals.map((c) => c.code)).filter((c) => !centrals.has(c))).toEqual([]);
  expect(new Set(DEMO_SOLUTIONS.map((s) => s.key)).size).toBe(DEMO_SOLUTIONS.length);
  expect(DEMO_SUPPLIERS.length).toBeGreaterThanOrEqual(8);
  expect(DEMO_SUPPLIERS.length).toBeLessThanOrEqual(12);
  for (const s of DEMO_SUPPLIERS) expect(new URL(s.website).hostname.endsWith(".example")).toBe(true);
});
