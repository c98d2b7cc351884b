import {
  signIdentity,
  verifyIdentity,
  SignatureError,
  IDENTITY_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from "../src/identity/gateway-signature";
import type { Identity } from "../src/identity/identity";

const SECRET = "unit-test-secret-unit-test-secret-0000";
const agent: Identity = { sub: "agent-7", role: "AGENT", organisation: "Préfecture du Nord" };

test("a signed identity verifies, and anonymity is signed too", () => {
  expect(verifyIdentity(signIdentity(agent, SECRET), SECRET)).toEqual(agent);
  expect(verifyIdentity(signIdentity(null, SECRET), SECRET)).toBeNull();
});

test.each([
  ["unsigned", () => ({})],
  ["signed with another secret", () => signIdentity(agent, "another-secret-another-secret-00000")],
  ["stale (two minutes old)", () => signIdentity(agent, SECRET, Date.now() - 120_000)],
  ["from the future", () => signIdentity(agent, SECRET, Date.now() + 120_000)],
  [
    "with a swapped identity",
    () => ({ ...signIdentity(agent, SECRET), [IDENTITY_HEADER]: signIdentity({ sub: "x", role: "ADMIN" }, SECRET)[IDENTITY_HEADER] }),
  ],
  ["with a replayed signature on a new timestamp", () => ({ ...signIdentity(agent, SECRET), [TIMESTAMP_HEADER]: String(Date.now() + 1) })],
  [
    "with a truncated signature",
    () => {
      const h = signIdentity(agent, SECRET);
      return { ...h, [SIGNATURE_HEADER]: h[SIGNATURE_HEADER].slice(0, 10) };
    },
  ],
  ["with repeated headers", () => ({ ...signIdentity(agent, SECRET), [IDENTITY_HEADER]: ["a", "b"] })],
])("%s → rejected", (_what, headers) => {
  expect(() => verifyIdentity(headers() as Record<string, string>, SECRET)).toThrow(SignatureError);
});

test("a well-signed but malformed identity is rejected (a SUPPLIER needs a supplierId)", () => {
  const bad = Buffer.from(JSON.stringify({ sub: "s", role: "SUPPLIER" })).toString("base64url");
  const { createHmac } = require("node:crypto") as typeof import("node:crypto");
  const ts = String(Date.now());
  const sig = createHmac("sha256", SECRET).update(`v1.${ts}.${bad}`).digest("base64url");
  expect(() => verifyIdentity({ [IDENTITY_HEADER]: bad, [TIMESTAMP_HEADER]: ts, [SIGNATURE_HEADER]: sig }, SECRET)).toThrow(
    "malformed identity",
  );
});
