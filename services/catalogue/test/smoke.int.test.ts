import { startCatalogueHarness, CatalogueHarness, as, SUPPLIER_A } from "./harness";

let h: CatalogueHarness;
beforeAll(async () => {
  h = await startCatalogueHarness();
  await h.service.dataSource.query(`INSERT INTO catalogue.supplier (id, name, kind) VALUES ($1, 'Éditeur A', 'COMPANY')`, [SUPPLIER_A]);
});
afterAll(() => h.close());

test("a supplier creates a draft and search finds it once published", async () => {
  const created = await h.gql<{ createSolution: { id: string; status: string; version: number } }>(
    `mutation($input: SolutionInput!) { createSolution(input: $input) { id status version slug } }`,
    { input: { name: "Messagerie Sécurisée", tagline: "La sécurité des échanges", distribution: "PROPRIETARY", deployment: "CLOUD" } },
    as.supplierA,
  );
  expect(created.errors).toBeUndefined();
  const { id } = created.data!.createSolution;
  const sub = await h.gql(`mutation($id: ID!) { submitSolution(id: $id, expectedVersion: 1) { status } }`, { id }, as.supplierA);
  expect(sub.errors).toBeUndefined();
  const acc = await h.gql(`mutation($id: ID!) { acceptSolution(id: $id) { status } }`, { id }, as.admin);
  expect(acc.data).toEqual({ acceptSolution: { status: "PUBLISHED" } });
  const found = await h.gql(
    `{ solutions(search: "securite messageries") { totalCount edges { node { name supplier { name } } } facets { deployments { value label count } } } }`,
  );
  expect(found.errors).toBeUndefined();
  expect(found.data).toEqual({
    solutions: {
      totalCount: 1,
      edges: [{ node: { name: "Messagerie Sécurisée", supplier: { name: "Éditeur A" } } }],
      facets: { deployments: [{ value: "CLOUD", label: "Cloud (SaaS)", count: 1 }] },
    },
  });
});
