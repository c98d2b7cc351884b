import type { ReactNode } from "react";
import { Link } from "react-router";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useSession } from "./SessionProvider";
import type { Role } from "./session-store";
import { PageTitle } from "../components/PageTitle";

/** Shows the page to the given role; otherwise explains why and how to sign in. */
export function RequireRole({ role, title, children }: { role: Role; title: string; children: ReactNode }) {
  const { session } = useSession();
  if (session?.role === role) return <>{children}</>;
  return (
    <>
      <PageTitle title={title} />
      <Alert
        severity="info"
        title={session ? "Accès réservé" : "Connexion requise"}
        description={
          session ? (
            "Votre compte ne donne pas accès à cet espace."
          ) : (
            <>
              Cet espace est réservé. <Link to="/connexion">Connectez-vous</Link> pour y accéder.
            </>
          )
        }
      />
    </>
  );
}
