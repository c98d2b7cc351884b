import { errorCode } from "@gouvtech/kit";
import { as, CatalogueHarness, startCatalogueHarness, SUPPLIER_A } from "./harness";
import { insertSolutions, seedReferential, snapshot } from "./factories";

let h: CatalogueHarness;
beforeAll(async () => {
  h = await startCatalogueHarness();
  await seedReferential(h.service.dataSource);
});
afterAll(() => h.close());

const CREATE = `mutation($input: SolutionInput!) { createSolution(input: $input) { id slug status version supplier { name } categories { code } purchasingCentrals { central { code } reference } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: SolutionInput!) { updateSolution(id: $id, expectedVersion: $v, input: $input) { id name version licences distribution } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitSolution(id: $id, expectedVersion: $v) { status version } }`;
const DECIDE = (name: string) => `mutation($id: ID!, $reason: String) { ${name}(id: $id, reason: $reason) { status statusReason } }`;

const valid = {
  name: "Parapheur Électronique",
  distribution: "HYBRID",
  licences: ["AGPL-3.0-only"],
  deployment: "HYBRID",
  categories: ["collaboration.messagerie"],
  purchasingCentrals: [{ code: "UGAP", reference: "U-42" }],
};
const others = [
  ["anonymous", as.anonymous, "UNAUTHENTICATED"],
  ["agent", as.agent, "FORBIDDEN"],
  ["other supplier", as.supplierB, "FORBIDDEN"],
  ["admin", as.admin, "FORBIDDEN"],
] as const;

describe("createSolution", () => {
  test("the supplier member creates a DRAFT owned by its supplier, with relations and an event", async () => {
    const before = (await h.service.dataSource.query(`SELECT count(*)::int AS n FROM catalogue.outbox_event`))[0].n;
    const r = await h.gql<{ createSolution: Record<string, unknown> }>(CREATE, { input: valid }, as.supplierA);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createSolution).toMatchObject({
      slug: "parapheur-electronique",
      status: "DRAFT",
      version: 1,
      supplier: { name: "Éditeur Alpha" },
      categories: [{ code: "collaboration.messagerie" }],
      purchasingCentrals: [{ central: { code: "UGAP" }, reference: "U-42" }],
    });
    const events = await h.service.dataSource.query(`SELECT type, payload FROM catalogue.outbox_event ORDER BY id`);
    expect(events.length).toBe(before + 1);
    expect(events[events.length - 1]).toMatchObject({ type: "SolutionChanged", payload: { status: "DRAFT", supplierId: SUPPLIER_A } });
  });

  test.each([
    ["anonymous", as.anonymous, "UNAUTHENTICATED"],
    ["agent", as.agent, "FORBIDDEN"],
    ["admin", as.admin, "FORBIDDEN"],
  ] as const)("%s cannot create (%s) and nothing is written", async (_who, identity, code) => {
    const before = await snapshot(h.service.dataSource);
    const r = await h.gql(CREATE, { input: { ...valid, name: "Intrus" } }, identity);
    expect(errorCode(r)).toBe(code);
    expect(await snapshot(h.service.dataSource)).toEqual(before);
  });

  test.each([
    ["an invalid SPDX id", { licences: ["GPL-2"] }, "input.licences[0]"],
    ["open source without licence", { distribution: "OPEN_SOURCE", licences: [] }, "input.licences"],
    ["an over-long name", { name: "x".repeat(121) }, "name"],
    ["an over-long description", { description: "x".repeat(20_001) }, "description"],
    ["an invalid URL", { website: "javascript:alert(1)" }, "website"],
    ["an unknown category", { categories: ["nope"] }, "input.categories"],
    ["an unknown purchasing central", { purchasingCentrals: [{ code: "NOPE" }] }, "input.purchasingCentrals"],
  ])("rejects %s with BAD_USER_INPUT naming the field, writing nothing", async (_what, patch, field) => {
    const before = await snapshot(h.service.dataSource);
    const r = await h.gql(CREATE, { input: { ...valid, ...patch } }, as.supplierA);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(r.errors)).toContain(field);
    expect(await snapshot(h.service.dataSource)).toEqual(before);
  });

  test("an unknown enum value is refused by GraphQL validation", async () => {
    const r = await h.gql(CREATE, { input: { ...valid, distribution: "FREEWARE" } }, as.supplierA);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
  });
});

describe("updateSolution and submitSolution", () => {
  let id: string;
  beforeEach(async () => {
    [id] = await insertSolutions(h.service.dataSource, [{ name: "Fiche à éditer", status: "DRAFT", distribution: "PROPRIETARY" }]);
  });

  test("the owner edits with the expected version; the version moves on", async () => {
    const r = await h.gql<{ updateSolution: { name: string; version: number } }>(
      UPDATE,
      { id, v: 1, input: { name: "Fiche éditée" } },
      as.supplierA,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateSolution).toMatchObject({ name: "Fiche éditée", version: 2 });
  });

  test("a stale version is a CONFLICT and nothing is written", async () => {
    await h.gql(UPDATE, { id, v: 1, input: { name: "Première" } }, as.supplierA);
    const before = await snapshot(h.service.dataSource);
    const r = await h.gql(UPDATE, { id, v: 1, input: { name: "Seconde" } }, as.supplierA);
    expect(errorCode(r)).toBe("CONFLICT");
    expect(r.errors![0].extensions!.currentVersion).toBe(2);
    expect(await snapshot(h.service.dataSource)).toEqual(before);
  });

  test("switching to OPEN_SOURCE without a licence is refused (open-source washing)", async () => {
    const r = await h.gql(UPDATE, { id, v: 1, input: { distribution: "OPEN_SOURCE" } }, as.supplierA);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.problems).toEqual([expect.objectContaining({ field: "input.licences" })]);
  });

  test("an unknown id is NOT_FOUND", async () => {
    const r = await h.gql(UPDATE, { id: "00000000-0000-4000-8000-000000000000", v: 1, input: { name: "X y" } }, as.supplierA);
    expect(errorCode(r)).toBe("NOT_FOUND");
  });

  test.each(others)("%s cannot edit or submit (%s), nothing changes", async (_who, identity, code) => {
    const before = await snapshot(h.service.dataSource);
    expect(errorCode(await h.gql(UPDATE, { id, v: 1, input: { name: "Pirate" } }, identity))).toBe(code);
    expect(errorCode(await h.gql(SUBMIT, { id, v: 1 }, identity))).toBe(code);
    expect(await snapshot(h.service.dataSource)).toEqual(before);
  });

  test("the owner submits a draft for referencing", async () => {
    const r = await h.gql(SUBMIT, { id, v: 1 }, as.supplierA);
    expect(r.data).toEqual({ submitSolution: { status: "PENDING_REVIEW", version: 2 } });
    const again = await h.gql(SUBMIT, { id, v: 2 }, as.supplierA);
    expect(errorCode(again)).toBe("CONFLICT");
  });
});

describe("admin decisions", () => {
  let id: string;
  beforeEach(async () => {
    [id] = await insertSolutions(h.service.dataSource, [{ name: "Demande de référencement", status: "PENDING_REVIEW" }]);
  });

  test.each([
    ["anonymous", as.anonymous, "UNAUTHENTICATED"],
    ["agent", as.agent, "FORBIDDEN"],
    ["owning supplier", as.supplierA, "FORBIDDEN"],
    ["other supplier", as.supplierB, "FORBIDDEN"],
  ] as const)("%s cannot accept, reject or archive (%s)", async (_who, identity, code) => {
    const before = await snapshot(h.service.dataSource);
    for (const m of ["acceptSolution", "rejectSolution", "archiveSolution"]) {
      expect(errorCode(await h.gql(DECIDE(m), { id, reason: "motif" }, identity))).toBe(code);
    }
    expect(await snapshot(h.service.dataSource)).toEqual(before);
  });

  test("rejecting needs a reason, shown to the supplier, and is audited", async () => {
    expect(errorCode(await h.gql(DECIDE("rejectSolution"), { id }, as.admin))).toBe("BAD_USER_INPUT");
    const r = await h.gql(DECIDE("rejectSolution"), { id, reason: "Fiche incomplète" }, as.admin);
    expect(r.data).toEqual({ rejectSolution: { status: "REJECTED", statusReason: "Fiche incomplète" } });
    const audit = await h.service.dataSource.query(
      `SELECT from_status, to_status, actor_sub, reason FROM catalogue.solution_status_change WHERE solution_id = $1`,
      [id],
    );
    expect(audit).toEqual([{ from_status: "PENDING_REVIEW", to_status: "REJECTED", actor_sub: "admin-1", reason: "Fiche incomplète" }]);
  });

  test("accepting publishes; archiving then needs a reason; an impossible move is a CONFLICT", async () => {
    expect((await h.gql(DECIDE("acceptSolution"), { id }, as.admin)).data).toEqual({
      acceptSolution: { status: "PUBLISHED", statusReason: null },
    });
    expect(errorCode(await h.gql(DECIDE("acceptSolution"), { id }, as.admin))).toBe("CONFLICT");
    expect((await h.gql(DECIDE("archiveSolution"), { id, reason: "Produit retiré" }, as.admin)).data).toEqual({
      archiveSolution: { status: "ARCHIVED", statusReason: "Produit retiré" },
    });
  });
});
