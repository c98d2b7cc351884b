import type { GraphQLFormattedError } from "graphql";
import { createFormatError, ErrorCode } from "@gouvtech/kit";

/**
 * The gateway's formatError: errors that came from a subgraph keep their code and message
 * (the subgraph already masked its internals) and name the subgraph; an unreachable
 * subgraph is named, never its URL; everything else goes through the kit's masking.
 */
const ARMOR_LIMITS: [RegExp, string][] = [
  [/Query depth limit of \d+ exceeded/, "depth"],
  [/Aliases limit of \d+ exceeded/, "aliases"],
  [/Directives limit of \d+ exceeded/, "directives"],
  [/Document contains more tha[nt] \d+ tokens/, "tokens"],
];

export function createGatewayFormatError(opts: { exposeInternals: boolean; log: (err: unknown) => void }) {
  const base = createFormatError(opts);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const ext = formatted.extensions ?? {};
    const armor = ARMOR_LIMITS.find(([pattern]) => pattern.test(formatted.message));
    if (armor)
      return { message: formatted.message.replace(/^Syntax Error: /, ""), extensions: { code: ErrorCode.BAD_USER_INPUT, limit: armor[1] } };
    const service = typeof ext.serviceName === "string" ? ext.serviceName : undefined;
    if (typeof ext.limit === "string")
      return { message: formatted.message, locations: formatted.locations, extensions: { code: ext.code, limit: ext.limit } };
    if (service) {
      const code = typeof ext.code === "string" && ext.code !== "DOWNSTREAM_SERVICE_ERROR" ? ext.code : ErrorCode.INTERNAL_SERVER_ERROR;
      const { response: _r, stacktrace: _s, serviceName: _n, exception: _e, http: _h, ...rest } = ext;
      return {
        message: formatted.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: opts.exposeInternals ? { ...ext, code } : { ...rest, code, service },
      };
    }
    return base(formatted, error);
  };
}
