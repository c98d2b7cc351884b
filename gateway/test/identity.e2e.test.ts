import { DEMO_SUPPLIERS, signIdentity } from "@gouvtech/kit";
import { codeOf, gql, startTestStack, TestStack } from "./harness";
import { startTestIssuer, TestIssuer } from "./test-issuer";

const supplier = DEMO_SUPPLIERS[0];
const supplierClaims = { sub: "member-1", role: "SUPPLIER", supplier_id: supplier.id, name: "Membre test" };
const CREATE = `mutation Create($name: String!) {
  createSolution(input: { name: $name, distribution: PROPRIETARY, deployment: CLOUD }) { id name }
}`;
const MINE = `{ mySolutions(first: 100) { totalCount edges { node { name } } } }`;

let issuer: TestIssuer;
let stack: TestStack;

beforeAll(async () => {
  issuer = await startTestIssuer();
  stack = await startTestStack({ devOidc: false, gatewayEnv: { OIDC_ISSUER: issuer.issuer, OIDC_AUDIENCE: issuer.audience } });
}, 600_000);

afterAll(async () => {
  await stack?.close();
  await issuer?.close();
});

async function mine(): Promise<string[]> {
  const r = await gql<{ mySolutions: { edges: { node: { name: string } }[] } }>(stack.gatewayUrl, MINE, {
    token: await issuer.sign(supplierClaims),
  });
  expect(r.errors).toBeUndefined();
  return r.data!.mySolutions.edges.map((e) => e.node.name);
}

describe("bearer tokens", () => {
  it("a valid token identifies the supplier member, who can write", async () => {
    const r = await gql<{ createSolution: { name: string } }>(stack.gatewayUrl, CREATE, {
      token: await issuer.sign(supplierClaims),
      variables: { name: "Solution écrite avec un jeton valide" },
    });
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(await mine()).toContain("Solution écrite avec un jeton valide");
  });

  const refused: [string, () => Promise<string>][] = [
    ["expired", () => issuer.sign(supplierClaims, { expiresIn: Math.floor(Date.now() / 1000) - 3600 })],
    ["wrong issuer", () => issuer.sign(supplierClaims, { issuer: "https://someone-else.example/issuer" })],
    ["wrong audience", () => issuer.sign(supplierClaims, { audience: "another-api" })],
    ["alg none", async () => issuer.unsigned(supplierClaims)],
    ["HS256 signed with the public key", () => issuer.signHs256WithPublicKey(supplierClaims)],
    ["unknown kid", () => issuer.signWithUnknownKey(supplierClaims)],
    ["claims that make no valid identity (SUPPLIER without supplier_id)", () => issuer.sign({ sub: "x", role: "SUPPLIER" })],
  ];
  it.each(refused)("%s → 401 UNAUTHENTICATED and nothing written", async (label, token) => {
    const name = `Écriture refusée (${label})`;
    const r = await gql(stack.gatewayUrl, CREATE, { token: await token(), variables: { name } });
    expect(r.status).toBe(401);
    expect(codeOf(r)).toBe("UNAUTHENTICATED");
    expect(r.headers.get("www-authenticate")).toContain("invalid_token");
    expect(await mine()).not.toContain(name);
  });

  it("no token: anonymous, the write is refused by the subgraph and nothing is written", async () => {
    const r = await gql(stack.gatewayUrl, CREATE, { variables: { name: "Écriture anonyme" } });
    expect(codeOf(r)).toBe("UNAUTHENTICATED");
    expect(await mine()).not.toContain("Écriture anonyme");
  });
});

describe("identity headers and direct subgraph calls", () => {
  it("ignores an identity header sent by a client", async () => {
    const forged = signIdentity({ sub: "intruder", role: "SUPPLIER", supplierId: supplier.id }, "a-guessed-secret-that-is-long-enough-000");
    const r = await gql(stack.gatewayUrl, CREATE, { headers: forged, variables: { name: "Écriture par en-tête forgé" } });
    expect(codeOf(r)).toBe("UNAUTHENTICATED");
    const agent = await gql(stack.gatewayUrl, MINE, { headers: forged, token: await issuer.sign({ sub: "agent-1", role: "AGENT" }) });
    expect(codeOf(agent)).toBe("FORBIDDEN");
    expect(await mine()).not.toContain("Écriture par en-tête forgé");
  });

  it.each([
    ["without a signature", {}],
    ["with a forged signature", signIdentity({ sub: "admin", role: "ADMIN" }, "not-the-gateway-secret-but-long-enough-0")],
  ])("a subgraph called directly %s refuses and does not reveal its SDL", async (_label, headers) => {
    for (const s of stack.subgraphs.values()) {
      const r = await gql(s.url, "{ _service { sdl } }", { headers: headers as Record<string, string> });
      expect(r.status).toBe(401);
      expect(codeOf(r)).toBe("UNAUTHENTICATED");
      expect(JSON.stringify(r)).not.toMatch(/type Query|_service|@key/);
    }
  });
});
