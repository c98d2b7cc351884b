import type { GatewayInterface } from "@apollo/server-gateway-interface";
import { GraphQLError } from "graphql";

/**
 * Wraps a gateway so that an operation that runs longer than `timeoutMs` answers with a
 * TIMEOUT error instead of holding the connection (subgraph calls are aborted by their
 * own timeout).
 */
export function withExecutionTimeout(gateway: GatewayInterface, timeoutMs: number): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      const executor = loaded.executor;
      if (!executor) return loaded;
      return {
        executor: async (requestContext) => {
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<{ errors: GraphQLError[] }>((resolve) => {
            timer = setTimeout(
              () =>
                resolve({
                  errors: [
                    new GraphQLError(`Délai d'exécution dépassé (${timeoutMs} ms).`, {
                      extensions: { code: "TIMEOUT", limit: "executionTimeout" },
                    }),
                  ],
                }),
              timeoutMs,
            );
          });
          try {
            return await Promise.race([executor(requestContext), timeout]);
          } finally {
            clearTimeout(timer);
          }
        },
      };
    },
  };
}
