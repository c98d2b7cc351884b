import { errorCode } from "@gouvtech/kit";
import { as, CatalogueHarness, startCatalogueHarness, SUPPLIER_B } from "./harness";
import { insertSolutions, seedReferential } from "./factories";

let h: CatalogueHarness;
let ids: string[];
beforeAll(async () => {
  h = await startCatalogueHarness();
  await seedReferential(h.service.dataSource);
  ids = await insertSolutions(h.service.dataSource, [
    {
      name: "Messagerie Sécurisée",
      tagline: "Échanges chiffrés",
      categories: ["collaboration.messagerie"],
      centrals: ["UGAP"],
      targetPublics: ["STATE", "HOSPITAL"],
    },
    {
      name: "Bouclier",
      tagline: "Antivirus pour postes",
      description: "Protège la sécurité des postes de travail.",
      categories: ["cybersecurite.antivirus"],
      deployment: "ON_PREMISE",
      targetPublics: ["LOCAL_AUTHORITY"],
    },
    {
      name: "Agenda Partagé",
      supplierId: SUPPLIER_B,
      distribution: "OPEN_SOURCE",
      licences: ["MIT"],
      categories: ["collaboration"],
      centrals: ["UGAP", "CAIH"],
      targetPublics: ["STATE"],
    },
    { name: "Brouillon Secret", status: "DRAFT", categories: ["collaboration.messagerie"] },
    { name: "En attente", status: "PENDING_REVIEW" },
  ]);
});
afterAll(() => h.close());

const LIST = `query($search: String, $filter: SolutionFilter, $first: Int! = 20, $after: String, $sort: SolutionSort) {
  solutions(search: $search, filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor }
    facets { categories { value count } distributions { value count } deployments { value count } purchasingCentrals { value label count } targetPublics { value count } }
  }
}`;
type List = {
  solutions: {
    totalCount: number;
    edges: { cursor: string; node: { name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
    facets: Record<string, { value: string; count: number }[]>;
  };
};
const names = (r: { data?: List | null }) => r.data!.solutions.edges.map((e) => e.node.name);

describe("search", () => {
  test.each([
    ["securite", ["Bouclier"]],
    ["sécurisées", ["Messagerie Sécurisée"]],
    ["messageries", ["Messagerie Sécurisée"]],
    ["ÉCHANGES", ["Messagerie Sécurisée"]],
    ["antivir", ["Bouclier"]],
    ["coopérative", ["Agenda Partagé"]],
    ["introuvable", []],
  ])("%s finds %j, ranked, published only", async (search, expected) => {
    const r = await h.gql<List>(LIST, { search });
    expect(r.errors).toBeUndefined();
    expect(names(r)).toEqual(expected);
    expect(r.data!.solutions.totalCount).toBe(expected.length);
  });

  test("a search longer than 200 characters is BAD_USER_INPUT", async () => {
    expect(errorCode(await h.gql(LIST, { search: "a".repeat(201) }))).toBe("BAD_USER_INPUT");
  });
});

describe("filters and facets", () => {
  test("with no filter: published solutions by name, and every facet counted", async () => {
    const r = await h.gql<List>(LIST);
    expect(names(r)).toEqual(["Agenda Partagé", "Bouclier", "Messagerie Sécurisée"]);
    const f = r.data!.solutions.facets;
    expect(f.categories).toEqual(
      expect.arrayContaining([
        { value: "collaboration", count: 2 },
        { value: "collaboration.messagerie", count: 1 },
        { value: "cybersecurite", count: 1 },
        { value: "cybersecurite.antivirus", count: 1 },
      ]),
    );
    expect(f.distributions).toEqual([
      { value: "PROPRIETARY", count: 2 },
      { value: "OPEN_SOURCE", count: 1 },
    ]);
    expect(f.purchasingCentrals).toEqual([
      { value: "UGAP", label: "UGAP", count: 2 },
      { value: "CAIH", label: "CAIH", count: 1 },
    ]);
    expect(f.targetPublics).toEqual(
      expect.arrayContaining([
        { value: "STATE", count: 2 },
        { value: "HOSPITAL", count: 1 },
        { value: "LOCAL_AUTHORITY", count: 1 },
      ]),
    );
  });

  test("a theme filter matches its needs; each facet ignores its own filter", async () => {
    const r = await h.gql<List>(LIST, { filter: { categories: ["collaboration"], deployments: ["CLOUD"] } });
    expect(names(r)).toEqual(["Agenda Partagé", "Messagerie Sécurisée"]);
    const f = r.data!.solutions.facets;
    // deployments counted without the deployment filter, with the category filter
    expect(f.deployments).toEqual([{ value: "CLOUD", count: 2 }]);
    // categories counted without the category filter, with the deployment filter
    expect(f.categories).toEqual(expect.arrayContaining([{ value: "collaboration", count: 2 }]));
    expect(f.categories.find((c) => c.value === "cybersecurite")).toBeUndefined();
  });

  test("purchasing central, target public and distribution filters", async () => {
    expect(names(await h.gql<List>(LIST, { filter: { purchasingCentrals: ["CAIH"] } }))).toEqual(["Agenda Partagé"]);
    expect(names(await h.gql<List>(LIST, { filter: { targetPublics: ["HOSPITAL", "LOCAL_AUTHORITY"] } }))).toEqual([
      "Bouclier",
      "Messagerie Sécurisée",
    ]);
    expect(names(await h.gql<List>(LIST, { filter: { distributions: ["OPEN_SOURCE"] } }))).toEqual(["Agenda Partagé"]);
  });

  test("statuses: admins may list drafts and pending requests; others get FORBIDDEN", async () => {
    const admin = await h.gql<List>(LIST, { filter: { statuses: ["PENDING_REVIEW", "DRAFT"] } }, as.admin);
    expect(names(admin)).toEqual(["Brouillon Secret", "En attente"]);
    for (const who of [as.anonymous, as.agent, as.supplierA]) {
      expect(errorCode(await h.gql(LIST, { filter: { statuses: ["DRAFT"] } }, who))).toBe("FORBIDDEN");
    }
  });

  test("an unknown enum value in a filter is BAD_USER_INPUT", async () => {
    expect(errorCode(await h.gql(LIST, { filter: { deployments: ["MOON"] } }))).toBe("BAD_USER_INPUT");
  });
});

describe("pagination", () => {
  test("pages follow each other through cursors", async () => {
    const p1 = await h.gql<List>(LIST, { first: 2 });
    expect(names(p1)).toEqual(["Agenda Partagé", "Bouclier"]);
    expect(p1.data!.solutions.pageInfo.hasNextPage).toBe(true);
    const p2 = await h.gql<List>(LIST, { first: 2, after: p1.data!.solutions.pageInfo.endCursor });
    expect(names(p2)).toEqual(["Messagerie Sécurisée"]);
    expect(p2.data!.solutions.pageInfo.hasNextPage).toBe(false);
  });

  test.each([[101], [0], [-1]])("first: %i is BAD_USER_INPUT", async (first) => {
    const r = await h.gql(LIST, { first });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(r.errors)).toContain("first");
  });

  test("a forged cursor is BAD_USER_INPUT", async () => {
    expect(errorCode(await h.gql(LIST, { after: "bm90LWEtY3Vyc29y" }))).toBe("BAD_USER_INPUT");
  });
});

describe("solution(id | slug)", () => {
  const ONE = `query($id: ID, $slug: String) { solution(id: $id, slug: $slug) { name status supplier { name } externalIds { sillId } } }`;

  test("by id and by slug", async () => {
    expect((await h.gql(ONE, { id: ids[0] })).data).toEqual({
      solution: { name: "Messagerie Sécurisée", status: "PUBLISHED", supplier: { name: "Éditeur Alpha" }, externalIds: { sillId: null } },
    });
    const slug = (await h.service.dataSource.query(`SELECT slug FROM catalogue.solution WHERE id = $1`, [ids[1]]))[0].slug;
    expect((await h.gql<{ solution: { name: string } }>(ONE, { slug })).data!.solution.name).toBe("Bouclier");
  });

  test("a draft is visible to its supplier and admins only", async () => {
    for (const who of [as.anonymous, as.agent, as.supplierB])
      expect((await h.gql(ONE, { id: ids[3] }, who)).data).toEqual({ solution: null });
    for (const who of [as.supplierA, as.admin])
      expect((await h.gql<{ solution: { status: string } }>(ONE, { id: ids[3] }, who)).data!.solution.status).toBe("DRAFT");
  });

  test("neither or both of id and slug, or a malformed id, is BAD_USER_INPUT; an unknown id is null", async () => {
    expect(errorCode(await h.gql(ONE, {}))).toBe("BAD_USER_INPUT");
    expect(errorCode(await h.gql(ONE, { id: ids[0], slug: "x" }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await h.gql(ONE, { id: "not-a-uuid" }))).toBe("BAD_USER_INPUT");
    expect((await h.gql(ONE, { id: "00000000-0000-4000-8000-000000000000" })).data).toEqual({ solution: null });
  });

  test("mySolutions lists every status of the caller's supplier only", async () => {
    const r = await h.gql<List>(`{ solutions: mySolutions(first: 10) { totalCount edges { node { name } } } }`, {}, as.supplierA);
    expect(r.errors).toBeUndefined();
    expect(names(r)).toEqual(["Bouclier", "Brouillon Secret", "En attente", "Messagerie Sécurisée"]);
    const published = await h.gql<List>(
      `{ solutions: mySolutions(first: 10, filter: { statuses: [PUBLISHED] }) { totalCount edges { node { name } } } }`,
      {},
      as.supplierA,
    );
    expect(published.data!.solutions.totalCount).toBe(2);
    expect(names(published)).toEqual(["Bouclier", "Messagerie Sécurisée"]);
    expect(errorCode(await h.gql(`{ mySolutions { totalCount } }`, {}, as.agent))).toBe("FORBIDDEN");
    expect(errorCode(await h.gql(`{ mySolutions { totalCount } }`, {}, null))).toBe("UNAUTHENTICATED");
  });
});

describe("referential queries", () => {
  test("categories come as themes with their needs; suppliers and purchasing centrals are listed", async () => {
    const r = await h.gql(
      `{ categories { code needs { code theme { code } } } suppliers(first: 10) { totalCount edges { node { name kind } } } purchasingCentrals { code } }`,
    );
    expect(r.data).toEqual({
      categories: [
        { code: "collaboration", needs: [{ code: "collaboration.messagerie", theme: { code: "collaboration" } }] },
        { code: "cybersecurite", needs: [{ code: "cybersecurite.antivirus", theme: { code: "cybersecurite" } }] },
      ],
      suppliers: {
        totalCount: 2,
        edges: [{ node: { name: "Coopérative Beta", kind: "ASSOCIATION" } }, { node: { name: "Éditeur Alpha", kind: "COMPANY" } }],
      },
      purchasingCentrals: [{ code: "CAIH" }, { code: "UGAP" }],
    });
  });
});
