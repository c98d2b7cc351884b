import http from "node:http";
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT, type JWTPayload, type KeyLike } from "jose";

/** An OIDC issuer under the test's control: discovery document and JWKS over HTTP, keys in memory. */
export interface TestIssuer {
  issuer: string;
  audience: string;
  /** A token signed with the published key; `overrides` change any claim or header field. */
  sign(claims: JWTPayload, overrides?: { expiresIn?: string | number; issuer?: string; audience?: string }): Promise<string>;
  /** Signed by a key whose kid is not in the JWKS. */
  signWithUnknownKey(claims: JWTPayload): Promise<string>;
  /** `alg: none`. */
  unsigned(claims: JWTPayload): string;
  /** HS256 with the issuer's public key as the HMAC secret (key confusion). */
  signHs256WithPublicKey(claims: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

export async function startTestIssuer(audience = "gouvtech-test"): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const other = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "published", alg: "RS256", use: "sig" };
  const server = http.createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/issuer/.well-known/openid-configuration") res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    else if (req.url === "/issuer/jwks") res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const issuer = `http://127.0.0.1:${port}/issuer`;
  const build = (claims: JWTPayload, o: { expiresIn?: string | number; issuer?: string; audience?: string } = {}) =>
    new SignJWT(claims)
      .setIssuer(o.issuer ?? issuer)
      .setAudience(o.audience ?? audience)
      .setIssuedAt()
      .setExpirationTime(o.expiresIn ?? "5m");
  return {
    issuer,
    audience,
    sign: (claims, o) => build(claims, o).setProtectedHeader({ alg: "RS256", kid: "published" }).sign(privateKey),
    signWithUnknownKey: (claims) =>
      build(claims)
        .setProtectedHeader({ alg: "RS256", kid: "unknown" })
        .sign(other.privateKey as KeyLike),
    unsigned: (claims) => new UnsecuredJWT(claims).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime("5m").encode(),
    signHs256WithPublicKey: async (claims) =>
      build(claims)
        .setProtectedHeader({ alg: "HS256", kid: "published" })
        .sign(new TextEncoder().encode(await exportSPKI(publicKey))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
