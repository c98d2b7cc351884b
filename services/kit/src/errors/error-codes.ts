import { GraphQLError } from "graphql";

/** The error codes a client may see in `extensions.code` (DESIGN.md). */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  CONFLICT = "CONFLICT",
  RATE_LIMITED = "RATE_LIMITED",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** One invalid input field: `field` is a path such as `input.licences[2]` or a criterion code. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An error meant for the client: its message and code are safe to show. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, problems: FieldProblem[] = []) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, problems.length ? { problems } : {});

export const fieldError = (field: string, message: string) => badInput(`${field}: ${message}`, [{ field, message }]);

export const unauthenticated = (message = "Authentification requise.") => new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = "Action non autorisée pour ce compte.") => new AppError(ErrorCode.FORBIDDEN, message);

export const notFound = (what: string, id: string) => new AppError(ErrorCode.NOT_FOUND, `${what} introuvable : ${id}`, { id });

export const conflict = (message: string, extra: Record<string, unknown> = {}) => new AppError(ErrorCode.CONFLICT, message, extra);
