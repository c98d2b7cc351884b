import { createRemoteJWKSet, jwtVerify } from "jose";
import type { Identity, Logger } from "@gouvtech/kit";
import { identityFromClaims } from "./claims";
import type { GatewayConfig } from "../config";

export class InvalidTokenError extends Error {}

export interface TokenVerifier {
  /** The identity a bearer token vouches for; throws InvalidTokenError otherwise. */
  verify(token: string): Promise<Identity>;
}

interface IssuerSettings {
  issuer: string;
  /** Where the keys are; discovered from the issuer's OIDC document when absent. */
  jwksUri?: string;
  /** Where the gateway fetches the discovery document (the issuer URL itself by default). */
  discoveryBase?: string;
}

/**
 * Verifies bearer JWTs against an OIDC issuer's JWKS (jose): signature with a key of the
 * JWKS (unknown `kid` → refetch once, then refused), algorithm allow-list (so `none` and
 * HS256-with-the-public-key are refused), issuer, audience, expiry with clock tolerance.
 */
export function createTokenVerifier(settings: IssuerSettings, oidc: GatewayConfig["oidc"], logger: Logger): TokenVerifier {
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  const keys = async () => {
    if (jwks) return jwks;
    let uri = settings.jwksUri;
    if (!uri) {
      const base = (settings.discoveryBase ?? settings.issuer).replace(/\/$/, "");
      const res = await fetch(`${base}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
      if (!res.ok) throw new Error(`OIDC discovery answered ${res.status}`);
      uri = ((await res.json()) as { jwks_uri?: string }).jwks_uri;
      if (!uri) throw new Error("OIDC discovery document has no jwks_uri");
    }
    jwks = createRemoteJWKSet(new URL(uri), { timeoutDuration: 5_000, cooldownDuration: 30_000, cacheMaxAge: 600_000 });
    return jwks;
  };
  return {
    async verify(token) {
      let getKey: ReturnType<typeof createRemoteJWKSet>;
      try {
        getKey = await keys();
      } catch (err) {
        logger.error({ err }, "cannot reach the OIDC issuer's keys");
        throw new InvalidTokenError("issuer keys unavailable");
      }
      try {
        const { payload } = await jwtVerify(token, getKey, {
          issuer: settings.issuer,
          audience: oidc.audience,
          algorithms: oidc.algorithms,
          clockTolerance: oidc.clockToleranceS,
          requiredClaims: ["sub", "exp"],
        });
        const identity = identityFromClaims(payload, oidc.defaultRole);
        if (!identity) throw new InvalidTokenError("claims do not make a valid identity");
        return identity;
      } catch (err) {
        if (err instanceof InvalidTokenError) throw err;
        throw new InvalidTokenError((err as { code?: string }).code ?? "invalid token");
      }
    },
  };
}

/** No issuer configured: any bearer token is refused (callers stay anonymous without one). */
export const refuseAllTokens: TokenVerifier = {
  async verify() {
    throw new InvalidTokenError("no identity provider configured");
  },
};
