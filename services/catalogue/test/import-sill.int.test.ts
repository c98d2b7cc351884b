import { readSillFile } from "../src/import/read-sill-file";
import { importSill, ImportReport } from "../src/import/import-sill";
import { normaliseLicences } from "../src/import/spdx-licences";
import { SILL_CATEGORY_CODES } from "../src/import/sill-categories";
import { isSpdxId } from "../src/modules/solution/solution.rules";
import { SHIPPED_SILL_FILE } from "../src/seed/seed-catalogue";
import { seedReferential } from "../src/seed/seed-referential";
import { TAXONOMY } from "../src/seed/taxonomy";
import { startCatalogueHarness, CatalogueHarness } from "./harness";

const NOT_A_LICENCE = [19, 32, 41, 88]; // CentOS, Debian, EOLE (Ubuntu), MongoDB: licence « N/A »

let h: CatalogueHarness;
let records: unknown[];
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => h.service.dataSource.query(text, params);
const eventCount = async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM catalogue.outbox_event`))[0].n;

beforeAll(async () => {
  h = await startCatalogueHarness();
  await seedReferential(h.service.dataSource);
  records = await readSillFile(SHIPPED_SILL_FILE);
});
afterAll(() => h.close());

describe("licence normalisation", () => {
  test.each([
    ["GPL-2.0", ["GPL-2.0-only"]],
    ["GPL-2.0+", ["GPL-2.0-or-later"]],
    ["GPL V2.0", ["GPL-2.0-only"]],
    ["LGPL-v2.1", ["LGPL-2.1-only"]],
    ["AGPL-3", ["AGPL-3.0-only"]],
    ["LGPL-2.1, LGPL-2.0,  LGPL-3.0", ["LGPL-2.1-only", "LGPL-2.0-only", "LGPL-3.0-only"]],
    ["GPL-2.0-only / LGPL-2.0-only", ["GPL-2.0-only", "LGPL-2.0-only"]],
    ["MPL 2.0 et EPL 1.0", ["MPL-2.0", "EPL-1.0"]],
    ["BSD-3.0", ["BSD-3-Clause"]],
    ["CPA", ["CPAL-1.0"]],
    ["Apache-2.0", ["Apache-2.0"]],
    ["N/A", []],
  ])("%s → %j", (text, ids) => {
    expect(normaliseLicences(text).ids).toEqual(ids);
  });

  test("an unknown part is kept aside, the known ones are kept", () => {
    expect(normaliseLicences("MIT, Licence maison")).toEqual({ ids: ["MIT"], unknown: ["Licence maison"] });
  });

  test("every category the rules produce exists in the taxonomy", () => {
    const codes = new Set(TAXONOMY.map((c) => c.code));
    expect(SILL_CATEGORY_CODES.filter((c) => !codes.has(c))).toEqual([]);
  });
});

describe("importing the real SILL export", () => {
  let first: ImportReport;

  test("imports every record with a valid licence and reports the others", async () => {
    expect(records).toHaveLength(232);
    first = await importSill(h.service.dataSource, records, { batchSize: 50 });
    expect(first.total).toBe(232);
    expect(first.skipped.map((s) => s.sillId)).toEqual(NOT_A_LICENCE);
    for (const s of first.skipped) expect(s.reason).toBe("licence « N/A » sans identifiant SPDX reconnu");
    expect(first).toMatchObject({ created: 232 - NOT_A_LICENCE.length, updated: 0, unchanged: 0 });

    const rows = await sql<{ sill_id: number; status: string; distribution: string; supplier_id: string | null; licences: string[] }>(
      `SELECT sill_id, status, distribution, supplier_id, licences FROM catalogue.solution WHERE sill_id IS NOT NULL`,
    );
    expect(rows).toHaveLength(228);
    expect(rows.filter((r) => NOT_A_LICENCE.includes(r.sill_id))).toEqual([]);
    for (const r of rows) {
      expect(r).toMatchObject({ status: "PUBLISHED", distribution: "OPEN_SOURCE", supplier_id: null });
      expect(r.licences.length).toBeGreaterThan(0);
      expect(r.licences.filter((id) => !isSpdxId(id))).toEqual([]);
    }
    expect(await eventCount()).toBe(228);
    const uncategorised = await sql(
      `SELECT s.sill_id FROM catalogue.solution s WHERE NOT EXISTS (SELECT 1 FROM catalogue.solution_category sc WHERE sc.solution_id = s.id)`,
    );
    expect(uncategorised).toEqual([]);
  });

  test("keeps the record's facts: licences, recommendation, identifiers, categories, attribution", async () => {
    const [mariadb] = await sql<Record<string, unknown>>(
      `SELECT s.name, s.slug, s.tagline, s.licences, s.sill_recommendation, s.wikidata_id, s.comptoir_du_libre_id, s.description,
              ARRAY(SELECT c.code FROM catalogue.solution_category sc JOIN catalogue.category c ON c.id = sc.category_id
                     WHERE sc.solution_id = s.id ORDER BY 1) AS categories
         FROM catalogue.solution s WHERE s.sill_id = 84`,
    );
    expect(mariadb).toMatchObject({
      name: "MariaDB",
      slug: "mariadb",
      tagline: "Base transactionnelle cluster",
      licences: ["LGPL-2.1-only", "LGPL-2.0-only", "LGPL-3.0-only"],
      sill_recommendation: "RECOMMENDED",
      categories: ["donnees.bases"],
    });
    expect(mariadb.description).toContain("_Source : DINUM, SILL — Licence Ouverte / Open Licence 2.0 (Etalab)._");
    const byId = await sql<{ sill_id: number; licences: string[]; slug: string }>(
      `SELECT sill_id, licences, slug FROM catalogue.solution WHERE sill_id = ANY($1::int[]) ORDER BY sill_id`,
      [[56, 57, 71, 207]],
    );
    expect(byId).toEqual([
      { sill_id: 56, licences: ["GPL-3.0-only"], slug: "grammalecte" },
      { sill_id: 57, licences: ["GPL-3.0-only"], slug: "grammalecte-57" },
      { sill_id: 71, licences: ["GPL-2.0-only"], slug: "keefox" },
      { sill_id: 207, licences: ["GPL-2.0-or-later"], slug: "josm" },
    ]);
    const listed = await h.gql<{ solutions: { totalCount: number } }>(`{ solutions(first: 5) { totalCount } }`);
    expect(listed.data?.solutions.totalCount).toBe(228);
  });

  test("a second run changes nothing", async () => {
    const before = await sql(`SELECT id, version, updated_at FROM catalogue.solution ORDER BY id`);
    const events = await eventCount();
    const again = await importSill(h.service.dataSource, records);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 228 });
    expect(again.skipped).toHaveLength(4);
    expect(await sql(`SELECT id, version, updated_at FROM catalogue.solution ORDER BY id`)).toEqual(before);
    expect(await eventCount()).toBe(events);
  });

  test("a changed record is updated once, with one event, and keeps its slug and status", async () => {
    const events = await eventCount();
    const changed = records.map((r) =>
      (r as { _id: number })._id === 67
        ? { ...(r as object), _function: "Webconférence et webinaires", recommendationStatus: "in observation" }
        : r,
    );
    const report = await importSill(h.service.dataSource, changed);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 227 });
    const [jitsi] = await sql<Record<string, unknown>>(
      `SELECT id, slug, tagline, version, status, sill_recommendation FROM catalogue.solution WHERE sill_id = 67`,
    );
    expect(jitsi).toMatchObject({
      slug: "jitsi",
      tagline: "Webconférence et webinaires",
      version: 2,
      status: "PUBLISHED",
      sill_recommendation: "IN_OBSERVATION",
    });
    const newEvents = await sql<{ aggregate_id: string; payload: { version: number } }>(
      `SELECT aggregate_id, payload FROM catalogue.outbox_event ORDER BY id OFFSET $1`,
      [events],
    );
    expect(newEvents).toEqual([{ aggregate_id: jitsi.id, payload: expect.objectContaining({ version: 2, status: "PUBLISHED" }) }]);
  });
});
