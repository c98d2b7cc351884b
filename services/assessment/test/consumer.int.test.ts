import { EventConsumer, createLogger, signIdentity, TEST_GATEWAY_SECRET } from "@gouvtech/kit";
import { startAssessmentHarness, AssessmentHarness, as, SUPPLIER_A } from "./harness";
import { catalogueSolution } from "./factories";
import { solutionChangedHandler, SOLUTION_CHANGED } from "../src/modules/solution/solution.projection";

let h: AssessmentHarness;
beforeAll(async () => {
  h = await startAssessmentHarness();
});
afterAll(() => h.close());

const admin = { sub: "admin-1", role: "ADMIN" as const };
const projection = () =>
  h.assessment.dataSource.query(`SELECT id, supplier_id, status, version FROM assessment.solution_projection ORDER BY id`);
/** The catalogue's current facts (read here by the test only; the service never reads this schema). */
const catalogueFacts = () => h.catalogue.dataSource.query(`SELECT id, supplier_id, status, version FROM catalogue.solution ORDER BY id`);
const catalogueEventCount = async () =>
  (await h.catalogue.dataSource.query(`SELECT count(*)::int AS n FROM catalogue.outbox_event`))[0].n as number;
const cursor = async () =>
  (
    await h.assessment.dataSource.query(`SELECT position, applied::int AS applied FROM assessment.inbox_cursor WHERE source = 'catalogue'`)
  )[0];

test("a consumer that was down catches up with nothing lost and nothing applied twice", async () => {
  const first = await catalogueSolution(h, as.supplierA);
  await h.sync();
  expect(await projection()).toEqual([{ id: first, supplier_id: SUPPLIER_A, status: "PUBLISHED", version: expect.any(Number) }]);

  await h.assessment.stop(); // down
  const created: string[] = [];
  for (let i = 0; i < 4; i++) created.push(await catalogueSolution(h, as.supplierA, { publish: i % 2 === 0 }));
  await h.catalogue.services.solutions.decide(admin, first, "archive", "Solution retirée du marché");

  await h.restartAssessment(); // back up, same database
  const applied = await h.sync();
  expect(await projection()).toEqual(await catalogueFacts());
  expect((await projection()).find((p: { id: string }) => p.id === first).status).toBe("ARCHIVED");
  const total = await catalogueEventCount();
  expect(applied + 3).toBe(total); // the first solution's three events were applied before the outage
  expect((await cursor()).applied).toBe(total);
  expect(await h.sync()).toBe(0);
  expect((await cursor()).applied).toBe(total);
});

test("replaying the whole feed (at-least-once delivery) changes nothing", async () => {
  const before = await projection();
  await h.assessment.dataSource.query(`UPDATE assessment.inbox_cursor SET position = '0:0' WHERE source = 'catalogue'`);
  expect(await h.sync()).toBe(await catalogueEventCount());
  expect(await projection()).toEqual(before);
});

test("a page that fails half-way is applied not at all, then exactly once", async () => {
  await catalogueSolution(h, as.supplierA);
  await catalogueSolution(h, as.supplierB);
  const before = { projection: await projection(), cursor: await cursor() };
  await h.feedServesAll();
  let failures = 1;
  const project = solutionChangedHandler();
  const consumer = new EventConsumer({
    source: "catalogue",
    sourceUrl: new URL(h.catalogue.server.url).origin,
    schema: "assessment",
    dataSource: h.assessment.dataSource,
    gatewaySecret: TEST_GATEWAY_SECRET,
    logger: createLogger("test", "silent"),
    handlers: {
      [SOLUTION_CHANGED]: async (m, event) => {
        await project(m, event);
        if (event.payload && (event.payload as { supplierId: string }).supplierId !== SUPPLIER_A && failures-- > 0) {
          throw new Error("crash while applying");
        }
      },
    },
  });
  await expect(consumer.syncOnce()).rejects.toThrow("crash while applying");
  expect({ projection: await projection(), cursor: await cursor() }).toEqual(before);
  expect(await consumer.syncOnce()).toBe(6);
  expect(await projection()).toEqual(await catalogueFacts());
  expect((await cursor()).applied).toBe(before.cursor.applied + 6);
});

test("an older version never overwrites a newer one", async () => {
  const [row] = await projection();
  await h.assessment.dataSource.transaction((m) =>
    solutionChangedHandler()(m, {
      position: "1:1",
      type: SOLUTION_CHANGED,
      aggregateId: row.id,
      occurredAt: new Date().toISOString(),
      payload: { id: row.id, supplierId: null, status: "DRAFT", version: row.version - 1, isDemo: false, slug: "x", name: "x" },
    }),
  );
  expect((await projection())[0]).toEqual(row);
});

test("the assessment feed is signed: unsigned calls are refused", async () => {
  const base = new URL(h.assessment.server.url).origin;
  expect((await fetch(`${base}/internal/events`)).status).toBe(401);
  const signed = await fetch(`${base}/internal/events?after=0:0`, { headers: signIdentity(null, TEST_GATEWAY_SECRET) });
  expect(signed.status).toBe(200);
  expect(await signed.json()).toEqual({ events: [] });
});
