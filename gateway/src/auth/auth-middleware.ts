import type { NextFunction, Request, Response } from "express";
import type { Identity, Logger } from "@gouvtech/kit";
import { badRequest } from "../server/http-errors";
import { InvalidTokenError, TokenVerifier } from "./token-verifier";

export interface AuthLocals {
  identity: Identity | null;
  /** Set when a bearer token was presented and refused. */
  authFailure?: string;
}

/**
 * Reads `Authorization: Bearer …`: a verified token gives the caller's identity; no token
 * means anonymous. A refused token is answered 401 later (after rate limiting by IP), by
 * `rejectRefusedTokens`. Identity never comes from any other header.
 */
export function verifyBearer(verifier: TokenVerifier, logger: Logger) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const locals = res.locals as AuthLocals;
    locals.identity = null;
    const header = req.header("authorization");
    if (!header) return next();
    const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,8192})$/.exec(header.trim());
    if (!match) {
      locals.authFailure = "malformed authorization header";
      return next();
    }
    try {
      locals.identity = await verifier.verify(match[1]);
    } catch (err) {
      locals.authFailure = err instanceof InvalidTokenError ? err.message : "verification failed";
      if (!(err instanceof InvalidTokenError)) logger.error({ err }, "token verification failed");
    }
    next();
  };
}

export function rejectRefusedTokens(logger: Logger) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const failure = (res.locals as AuthLocals).authFailure;
    if (!failure) return next();
    logger.info({ requestId: res.locals.requestId, reason: failure }, "bearer token refused");
    res.setHeader("WWW-Authenticate", 'Bearer error="invalid_token"');
    badRequest(res, 401, "UNAUTHENTICATED", "Jeton d'accès invalide ou expiré.");
  };
}
