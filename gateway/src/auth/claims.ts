import type { JWTPayload } from "jose";
import { Identity, identitySchema, Role, ROLES } from "@gouvtech/kit";

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/**
 * Maps verified token claims to the identity subgraphs receive. ProConnect-shaped
 * claims (`given_name`, `usual_name`, `organizational_unit`, `siret`) give an agent;
 * `role` and `supplier_id` are the catalogue's own claims for suppliers and admins.
 * Returns null when the claims do not make a valid identity.
 */
export function identityFromClaims(claims: JWTPayload, defaultRole: Role | "NONE"): Identity | null {
  const claimed = text(claims.role);
  const role = claimed ?? (defaultRole === "NONE" ? undefined : defaultRole);
  if (!role || !(ROLES as readonly string[]).includes(role)) return null;
  const fullName = [text(claims.given_name), text(claims.usual_name) ?? text(claims.family_name)].filter(Boolean).join(" ");
  const candidate = {
    sub: text(claims.sub),
    role,
    supplierId: role === "SUPPLIER" ? text(claims.supplier_id) : undefined,
    organisation: role === "AGENT" ? (text(claims.organisation) ?? text(claims.organizational_unit) ?? text(claims.siret)) : undefined,
    name: text(claims.name) ?? (fullName || undefined),
  };
  const parsed = identitySchema.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  return parsed.success ? parsed.data : null;
}
