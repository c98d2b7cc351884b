import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageTitle } from "../components/PageTitle";
import { Loading } from "../components/states";
import { useSession } from "../auth/SessionProvider";
import { fetchDevAccounts, signInAsDevAccount, type DevAccount } from "../auth/dev-identity-provider";

const ROLE_LABEL = { AGENT: "Agent public", SUPPLIER: "Fournisseur", ADMIN: "Administrateur" } as const;
const HOME_BY_ROLE = { AGENT: "/", SUPPLIER: "/espace-fournisseur", ADMIN: "/administration" } as const;

/** Sign-in against the gateway's identity provider; the development accounts are listed only in development. */
export function SignInPage() {
  const { session, signIn } = useSession();
  const navigate = useNavigate();
  const [accounts, setAccounts] = useState<DevAccount[] | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    fetchDevAccounts().then(setAccounts, () => setAccounts(null));
  }, []);

  const choose = async (account: DevAccount) => {
    setFailure(null);
    try {
      await signIn(await signInAsDevAccount(account.username));
      navigate(HOME_BY_ROLE[account.role]);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : "La connexion a échoué.");
    }
  };

  return (
    <div className="fr-col-lg-8">
      <PageTitle title="Se connecter" />
      {session && <Alert className="fr-mb-3w" severity="info" small description={`Vous êtes connecté en tant que ${session.name}.`} />}
      {failure && <Alert className="fr-mb-3w" severity="error" title="Connexion impossible" description={failure} />}
      {accounts === undefined && <Loading label="Recherche du fournisseur d'identité…" />}
      {accounts === null && (
        <Alert
          severity="info"
          title="Connexion des agents publics"
          description="Les agents publics se connectent avec ProConnect, les fournisseurs et l'équipe du catalogue avec leur compte. Le fournisseur d'identité de ce site n'est pas encore configuré."
        />
      )}
      {accounts && (
        <>
          <Alert
            className="fr-mb-3w"
            severity="warning"
            title="Environnement de développement"
            description="Ces comptes de démonstration sont fournis par le fournisseur d'identité de développement de la passerelle. Ils n'existent jamais en production."
          />
          <ul className="fr-grid-row fr-grid-row--gutters gt-plain-list">
            {accounts.map((account) => (
              <li key={account.username} className="fr-col-12 fr-col-md-6">
                <div className="fr-p-3w gt-account">
                  <p className="fr-text--bold fr-mb-1v">{account.name}</p>
                  <p className="fr-text--sm fr-mb-1v">{ROLE_LABEL[account.role]}</p>
                  <p className="fr-text--sm">{account.description}</p>
                  <Button size="small" onClick={() => void choose(account)}>
                    Se connecter<span className="fr-sr-only"> en tant que {account.name}</span>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
