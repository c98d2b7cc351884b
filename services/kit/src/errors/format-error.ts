import { GraphQLError, GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError, ErrorCode } from "./error-codes";

const PASSTHROUGH_CODES = new Set<string>([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  ...Object.values(ErrorCode),
]);

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flattenValidation(errors: ValidationErrorLike[], prefix = ""): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

/**
 * Builds Apollo's `formatError`: codes from DESIGN.md pass through, type-graphql's
 * argument validation becomes BAD_USER_INPUT with the faulty fields, and anything
 * unexpected becomes INTERNAL_SERVER_ERROR without message, SQL or stack outside development.
 */
export function createFormatError(opts: { exposeInternals: boolean; log: (err: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
    }
    const validation = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions?.validationErrors;
    if (original instanceof GraphQLError && Array.isArray(validation)) {
      const problems = flattenValidation(validation);
      return {
        message: `Données invalides : ${problems.map((p) => `${p.field} (${p.message})`).join(", ")}`,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PASSTHROUGH_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return opts.exposeInternals ? formatted : { ...formatted, extensions };
    }
    opts.log(original);
    if (opts.exposeInternals) return formatted;
    return {
      message: "Erreur interne du serveur.",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
