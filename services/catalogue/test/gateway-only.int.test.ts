import { signIdentity, SIGNATURE_HEADER } from "@gouvtech/kit";
import { CatalogueHarness, startCatalogueHarness } from "./harness";

let h: CatalogueHarness;
beforeAll(async () => {
  h = await startCatalogueHarness();
});
afterAll(() => h.close());

const sdlQuery = JSON.stringify({ query: "{ _service { sdl } }" });
const post = (headers: Record<string, string>) =>
  fetch(h.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: sdlQuery });

test("health is open; readiness checks the database", async () => {
  const base = h.url.replace(/\/graphql$/, "");
  expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok", service: "catalogue" });
  expect((await fetch(`${base}/readyz`)).status).toBe(200);
});

test.each([
  ["no signature", {}],
  ["a forged signature", { ...signIdentity(null, "not-the-gateway-secret-not-the-gateway") }],
  ["a tampered signature", { ...signIdentity(null, "x".repeat(40)), [SIGNATURE_HEADER]: "AAAA" }],
])("a direct call with %s is refused and the SDL is not revealed", async (_what, headers) => {
  const res = await post(headers);
  expect(res.status).toBe(401);
  const text = await res.text();
  expect(JSON.parse(text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  expect(text).not.toContain("Solution");
});

test("the internal event feed needs the signature too", async () => {
  const base = h.url.replace(/\/graphql$/, "");
  expect((await fetch(`${base}/internal/events`)).status).toBe(401);
});
