import type { Role, Session } from "./session-store";

/** The gateway's development identity provider (never enabled in production). */
export const DEV_OIDC = "/dev-oidc";

export interface DevAccount {
  username: string;
  role: Role;
  name: string;
  description: string;
}

/** The seeded accounts, or null when the gateway runs no development provider. */
export async function fetchDevAccounts(): Promise<DevAccount[] | null> {
  const res = await fetch(`${DEV_OIDC}/accounts`, { headers: { accept: "application/json" } });
  if (!res.ok) return null;
  const body = (await res.json()) as { accounts?: DevAccount[] };
  return body.accounts ?? null;
}

interface Claims {
  sub: string;
  role: Role;
  name?: string;
  supplier_id?: string;
  organisation?: string;
  exp: number;
}

function decodePayload(jwt: string): Claims {
  const part = jwt.split(".")[1] ?? "";
  const json = atob(part.replace(/-/g, "+").replace(/_/g, "/"));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Claims;
}

/** Asks the development provider for a token for one seeded account. */
export async function signInAsDevAccount(username: string): Promise<Session> {
  const res = await fetch(`${DEV_OIDC}/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ grant_type: "password", username }),
  });
  if (!res.ok) throw new Error("Le fournisseur d'identité a refusé la connexion.");
  const { access_token } = (await res.json()) as { access_token: string };
  const claims = decodePayload(access_token);
  return {
    accessToken: access_token,
    expiresAt: claims.exp * 1000,
    sub: claims.sub,
    role: claims.role,
    name: claims.name ?? username,
    supplierId: claims.supplier_id,
    organisation: claims.organisation,
  };
}
