import { forbidden, unauthenticated } from "../errors/error-codes";
import type { Identity, Role } from "./identity";

/** Service-layer guard: the caller must be signed in, with one of the given roles if any. */
export function requireIdentity(identity: Identity | null, ...roles: Role[]): Identity {
  if (!identity) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(identity.role)) throw forbidden();
  return identity;
}

/** Service-layer guard: the caller must be a member of the given supplier (admins pass when allowed). */
export function requireSupplierMember(
  identity: Identity | null,
  supplierId: string | null | undefined,
  opts: { allowAdmin?: boolean } = {},
): Identity {
  const who = requireIdentity(identity);
  if (opts.allowAdmin && who.role === "ADMIN") return who;
  if (who.role !== "SUPPLIER" || !supplierId || who.supplierId !== supplierId) throw forbidden();
  return who;
}

export const isAdmin = (identity: Identity | null) => identity?.role === "ADMIN";
export const isMemberOf = (identity: Identity | null, supplierId: string | null | undefined) =>
  !!identity && identity.role === "SUPPLIER" && !!supplierId && identity.supplierId === supplierId;
