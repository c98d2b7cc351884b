import { createLogger, createTestDatabase, TestDatabase, TEST_GATEWAY_SECRET, callSubgraph, Identity } from "@gouvtech/kit";
import { startCatalogue, CatalogueService } from "../../catalogue/src/app";
import { as, CommunityHarness, startCommunityHarness, SUPPLIER_A } from "./harness";
import { CREATE_REVIEW, reviewInput } from "./operations";

let catalogueDb: TestDatabase;
let catalogue: CatalogueService;
let h: CommunityHarness;

const cat = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who: Identity | null) =>
  callSubgraph<T>(catalogue.server.url, query, variables, who);

async function createSolution(name: string): Promise<string> {
  const r = await cat<{ createSolution: { id: string } }>(
    `mutation($input: SolutionInput!) { createSolution(input: $input) { id } }`,
    { input: { name, tagline: "Une solution de test", distribution: "PROPRIETARY", deployment: "CLOUD" } },
    as.supplierA,
  );
  return r.data!.createSolution.id;
}
const publish = async (id: string) => {
  await cat(`mutation($id: ID!) { submitSolution(id: $id, expectedVersion: 1) { status } }`, { id }, as.supplierA);
  await cat(`mutation($id: ID!) { acceptSolution(id: $id) { status } }`, { id }, as.admin);
};
const projection = (id: string) => h.rows(`SELECT supplier_id, status, version FROM community.solution_projection WHERE id = $1`, [id]);

beforeAll(async () => {
  catalogueDb = await createTestDatabase();
  catalogue = await startCatalogue({
    databaseUrl: catalogueDb.url,
    embedded: catalogueDb.embedded,
    poolSize: 2,
    gatewaySecret: TEST_GATEWAY_SECRET,
    logger: createLogger("catalogue-test", "silent"),
  });
  await catalogue.dataSource.query(`INSERT INTO catalogue.supplier (id, name, kind) VALUES ($1, 'Éditeur A', 'COMPANY')`, [SUPPLIER_A]);
  h = await startCommunityHarness({ catalogueUrl: new URL("/", catalogue.server.url).toString() });
});
afterAll(async () => {
  await h.close();
  await catalogue.stop();
  await catalogueDb.close();
});

test("the community projects the catalogue's feed over HTTP and allows reviews on published solutions only", async () => {
  const published = await createSolution("Parapheur Électronique");
  const draft = await createSolution("Brouillon Confidentiel");
  await publish(published);
  expect(await h.service.consumer!.syncOnce()).toBe(4);
  expect(await projection(published)).toEqual([{ supplier_id: SUPPLIER_A, status: "PUBLISHED", version: 3 }]);
  expect(await projection(draft)).toEqual([{ supplier_id: SUPPLIER_A, status: "DRAFT", version: 1 }]);

  const ok = await h.gql(CREATE_REVIEW, { solutionId: published, input: reviewInput() }, as.agent);
  expect(ok.errors).toBeUndefined();
  const refused = await h.gql(CREATE_REVIEW, { solutionId: draft, input: reviewInput() }, as.agent);
  expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

  // Archiving in the catalogue closes the solution to new reviews here.
  await cat(`mutation($id: ID!) { archiveSolution(id: $id, reason: "Retirée du marché") { status } }`, { id: published }, as.admin);
  expect(await h.service.consumer!.syncOnce()).toBe(1);
  expect(await projection(published)).toEqual([{ supplier_id: SUPPLIER_A, status: "ARCHIVED", version: 4 }]);
  const late = await h.gql(CREATE_REVIEW, { solutionId: published, input: reviewInput() }, as.agent2);
  expect(late.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
});

test("an older event never overwrites a newer projection, and a drained feed applies nothing", async () => {
  const [{ id }] = await h.rows<{ id: string }>(`SELECT id FROM community.solution_projection WHERE status = 'ARCHIVED'`);
  await h.project({ id, supplierId: SUPPLIER_A, status: "PUBLISHED", version: 3 });
  expect(await projection(id)).toEqual([{ supplier_id: SUPPLIER_A, status: "ARCHIVED", version: 4 }]);
  expect(await h.service.consumer!.syncOnce()).toBe(0);
});
