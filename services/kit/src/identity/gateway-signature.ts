import { createHmac, timingSafeEqual } from "node:crypto";
import { Identity, identitySchema } from "./identity";

/** Headers the gateway sets on every subgraph call. Never trusted from a client. */
export const IDENTITY_HEADER = "x-gateway-identity";
export const TIMESTAMP_HEADER = "x-gateway-timestamp";
export const SIGNATURE_HEADER = "x-gateway-signature";
export const REQUEST_ID_HEADER = "x-request-id";
export const GATEWAY_HEADERS = [IDENTITY_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER] as const;

const ANONYMOUS = "anonymous";
/** How old a signature may be (and how far in the future, for clock drift). */
export const DEFAULT_MAX_SIGNATURE_AGE_MS = 60_000;

function mac(secret: string, timestamp: string, identity: string): string {
  return createHmac("sha256", secret).update(`v1.${timestamp}.${identity}`).digest("base64url");
}

/** Signs an identity (or anonymity) for a subgraph call. */
export function signIdentity(identity: Identity | null, secret: string, now = Date.now()): Record<string, string> {
  const encoded = identity ? Buffer.from(JSON.stringify(identity)).toString("base64url") : ANONYMOUS;
  const timestamp = String(now);
  return {
    [IDENTITY_HEADER]: encoded,
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: mac(secret, timestamp, encoded),
  };
}

export class SignatureError extends Error {}

type HeaderBag = Record<string, string | string[] | undefined>;

function single(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? undefined : v;
}

/**
 * Verifies the gateway's signature and returns the identity it vouches for
 * (`null` = anonymous). Throws SignatureError when unsigned, forged or stale.
 */
export function verifyIdentity(
  headers: HeaderBag,
  secret: string,
  now = Date.now(),
  maxAgeMs = DEFAULT_MAX_SIGNATURE_AGE_MS,
): Identity | null {
  const encoded = single(headers, IDENTITY_HEADER);
  const timestamp = single(headers, TIMESTAMP_HEADER);
  const signature = single(headers, SIGNATURE_HEADER);
  if (!encoded || !timestamp || !signature) throw new SignatureError("missing gateway signature");
  if (!/^\d{1,16}$/.test(timestamp)) throw new SignatureError("malformed timestamp");
  if (Math.abs(now - Number(timestamp)) > maxAgeMs) throw new SignatureError("stale gateway signature");
  const expected = Buffer.from(mac(secret, timestamp, encoded));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new SignatureError("invalid gateway signature");
  }
  if (encoded === ANONYMOUS) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    throw new SignatureError("malformed identity");
  }
  const result = identitySchema.safeParse(parsed);
  if (!result.success) throw new SignatureError("malformed identity");
  return result.data;
}
