import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Link } from "react-router";
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import { ApolloProvider } from "@apollo/client/react";
import { createApolloClient } from "./apollo";
import { SessionProvider } from "./auth/SessionProvider";
import { App } from "./App";
import "./app.css";

startReactDsfr({ defaultColorScheme: "system", Link });

declare module "@codegouvfr/react-dsfr/spa" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

const client = createApolloClient();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <SessionProvider client={client}>
      <ApolloProvider client={client}>
        {/* Location changes are urgent updates, not transitions: Apollo's useQuery starts the
            request for new variables while rendering, and a transition render interrupted by an
            urgent one (the query's own loading state) would re-render the previous URL and send
            its query again, then the new one a second time. */}
        <BrowserRouter useTransitions={false}>
          <App />
        </BrowserRouter>
      </ApolloProvider>
    </SessionProvider>
  </StrictMode>,
);
