import type { AuthChecker } from "type-graphql";
import { forbidden, unauthenticated } from "../errors/error-codes";
import type { Role } from "./identity";
import type { BaseContext } from "../server/context";

/**
 * type-graphql `@Authorized(...roles)`: anonymous → UNAUTHENTICATED, wrong role → FORBIDDEN.
 * Ownership checks live in each service, not here.
 */
export const authChecker: AuthChecker<BaseContext, Role> = ({ context }, roles) => {
  const identity = context.identity;
  if (!identity) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(identity.role)) throw forbidden();
  return true;
};
