import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { readSession } from "./auth/session-store";

/** One client for the app: same-origin /graphql, bearer token from the session when signed in. */
export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink((prevContext) => {
    const session = readSession();
    const headers = { ...(prevContext.headers as Record<string, string> | undefined) };
    if (session) headers.authorization = `Bearer ${session.accessToken}`;
    return { headers };
  });
  const http = new HttpLink({ uri: "/graphql", headers: { "apollographql-client-name": "gouvtech-web" } });
  return new ApolloClient({
    link: auth.concat(http),
    cache: new InMemoryCache(),
    defaultOptions: {
      // A partial answer (one subgraph down) still renders what came back.
      // Shown from the cache at once and refreshed from the network; later cache writes
      // (a partial answer included) do not trigger a second request.
      watchQuery: { errorPolicy: "all", fetchPolicy: "cache-and-network", nextFetchPolicy: "cache-first" },
      query: { errorPolicy: "all" },
      mutate: { errorPolicy: "none" },
    },
  });
}

// Apollo Client 4 types default options through this namespace (declaration merging).
/* eslint-disable @typescript-eslint/no-namespace */
declare module "@apollo/client" {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: "all";
      }
      interface Query {
        errorPolicy: "all";
      }
      interface Mutate {
        errorPolicy: "none";
      }
    }
  }
}
/* eslint-enable @typescript-eslint/no-namespace */
