import { as, CatalogueHarness, startCatalogueHarness, SUPPLIER_B } from "./harness";
import { insertSolutions, seedReferential } from "./factories";

let h: CatalogueHarness;
let ids: string[];
beforeAll(async () => {
  h = await startCatalogueHarness();
  await seedReferential(h.service.dataSource);
  ids = await insertSolutions(
    h.service.dataSource,
    Array.from({ length: 100 }, (_, i) => ({
      name: `Solution ${String(i).padStart(3, "0")}`,
      supplierId: i % 2 ? SUPPLIER_B : undefined,
      categories: i % 3 ? ["collaboration.messagerie"] : ["cybersecurite.antivirus", "collaboration"],
      centrals: i % 4 ? ["UGAP"] : [],
      status: i === 99 ? "DRAFT" : "PUBLISHED",
    })),
  );
});
afterAll(() => h.close());

async function countStatements(run: () => Promise<unknown>): Promise<number> {
  h.service.queries.reset();
  await run();
  return h.service.queries.count;
}

test("_entities with 100 Solution representations runs one SQL statement, and hides the draft", async () => {
  const representations = ids.map((id) => ({ __typename: "Solution", id }));
  let data: { _entities: ({ id: string; name: string } | null)[] } | undefined;
  const n = await countStatements(async () => {
    const r = await h.gql<typeof data>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Solution { id name } } }`,
      { r: representations },
      as.agent,
    );
    expect(r.errors).toBeUndefined();
    data = r.data!;
  });
  expect(n).toBe(1);
  expect(data!._entities).toHaveLength(100);
  expect(data!._entities[0]).toEqual({ id: ids[0], name: "Solution 000" });
  expect(data!._entities[99]).toBeNull();
});

test("solutions(first: 50) with supplier, categories and listings runs as many statements as first: 5", async () => {
  const query = `query($first: Int!) { solutions(first: $first) { totalCount edges { node { name supplier { name } categories { code } purchasingCentrals { central { code } } } } } }`;
  const small = await countStatements(() => h.gql(query, { first: 5 }));
  const large = await countStatements(async () => {
    const r = await h.gql<{ solutions: { totalCount: number; edges: { node: { supplier: { name: string } } }[] } }>(query, { first: 50 });
    expect(r.data!.solutions.totalCount).toBe(99);
    expect(r.data!.solutions.edges).toHaveLength(50);
    expect(r.data!.solutions.edges[1].node.supplier.name).toBe("Coopérative Beta");
  });
  expect(large).toBe(small);
  // page + facets/total + supplier + categories + listings
  expect(large).toBe(5);
});
