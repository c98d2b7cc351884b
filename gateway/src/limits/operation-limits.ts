import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, ValidationRule } from "graphql";
import { getComplexity, ComplexityEstimator } from "graphql-query-complexity";
import type { GatewayConfig } from "../config";

const limitError = (message: string, limit: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", limit, http: { status: 400 } } });

/**
 * Cost: every field costs 1, and a field with a `first` argument multiplies the cost of
 * its selection by `first` (the schema default applies when the client omits it).
 * Records every `first` above the maximum.
 */
function pageSizeEstimator(maxFirst: number, tooLarge: string[]): ComplexityEstimator {
  return ({ args, childComplexity, field }) => {
    const first = typeof args.first === "number" ? args.first : undefined;
    if (first !== undefined && first > maxFirst) tooLarge.push(`${field.name}(first: ${first})`);
    return 1 + childComplexity * Math.max(1, first ?? 1);
  };
}

/** Cost and page-size checks, once variables are known, before any subgraph is called. */
function costPlugin(limits: GatewayConfig["limits"]): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const tooLarge: string[] = [];
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [pageSizeEstimator(limits.maxFirst, tooLarge)],
          });
          if (tooLarge.length) throw limitError(`Taille de page limitée à ${limits.maxFirst} : ${tooLarge.join(", ")}.`, "first");
          if (cost > limits.maxCost) throw limitError(`Requête trop coûteuse : coût ${cost}, maximum ${limits.maxCost}.`, "cost");
        },
      };
    },
  };
}

/**
 * Operation limits enforced before execution: depth, aliases and directives by graphql-armor
 * (validation), tokens by the graphql-js parser, cost and `first` by the cost plugin, field
 * suggestions masked in production.
 */
export function operationLimits(limits: GatewayConfig["limits"]): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // tokens: graphql-js's own parser limit (parseOptions.maxTokens), which answers 400
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !limits.fieldSuggestions },
  }).protect();
  return {
    plugins: [...armor.plugins, costPlugin(limits)],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
