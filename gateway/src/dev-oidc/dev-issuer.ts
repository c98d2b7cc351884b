import { randomUUID } from "node:crypto";
import express, { Router } from "express";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { badRequest } from "../server/http-errors";
import { devAccounts } from "./dev-accounts";

export const DEV_OIDC_PATH = "/dev-oidc";
const ALG = "ES256";

export interface DevIssuer {
  /** The issuer URL tokens carry (`iss`), e.g. http://localhost:4000/dev-oidc. */
  issuer: string;
  router: Router;
}

/**
 * DEVELOPMENT ONLY identity provider: an OIDC discovery document, a JWKS and a token
 * endpoint that hands a token for any seeded account without a password. The key pair
 * is generated at start-up and lives in memory. The gateway verifies these tokens with
 * the same JWKS code path as a real issuer's. Never enabled with NODE_ENV=production.
 */
export async function createDevIssuer(issuer: string, audience: string, ttlS: number): Promise<DevIssuer> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: "sig" };
  const accounts = new Map(devAccounts().map((a) => [a.username, a]));
  const router = express.Router();

  router.get("/.well-known/openid-configuration", (_req, res) => {
    res.json({
      issuer,
      jwks_uri: `${issuer}/jwks`,
      token_endpoint: `${issuer}/token`,
      response_types_supported: ["token"],
      grant_types_supported: ["password"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: [ALG],
      gouvtech_development_only: true,
    });
  });
  router.get("/jwks", (_req, res) => {
    res.json({ keys: [jwk] });
  });
  router.get("/accounts", (_req, res) => {
    res.json({
      warning: "Comptes de démonstration : fournisseur d'identité de développement, jamais en production.",
      accounts: [...accounts.values()].map((a) => ({
        username: a.username,
        role: a.claims.role,
        name: a.claims.name,
        description: a.description,
      })),
    });
  });
  router.post("/token", express.urlencoded({ extended: false, limit: "2kb" }), express.json({ limit: "2kb" }), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const account = typeof body.username === "string" ? accounts.get(body.username) : undefined;
    if (!account) {
      res.status(400).json({ error: "invalid_grant", error_description: `unknown account; see ${issuer}/accounts` });
      return;
    }
    const accessToken = await new SignJWT({ ...account.claims, dev: true })
      .setProtectedHeader({ alg: ALG, kid, typ: "JWT" })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${ttlS}s`)
      .setJti(randomUUID())
      .sign(privateKey);
    res.json({ access_token: accessToken, token_type: "Bearer", expires_in: ttlS });
  });
  router.use((_req, res) => badRequest(res, 404, "NOT_FOUND", "Route inconnue du fournisseur d'identité de développement."));
  return { issuer, router };
}
