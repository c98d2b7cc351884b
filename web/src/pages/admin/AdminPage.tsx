import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../../gql";
import { PageTitle } from "../../components/PageTitle";
import { ErrorState, Loading, PartialNotice } from "../../components/states";
import { ReferencingQueue } from "./ReferencingQueue";

/** Everything waiting for the catalogue team, in one request. */
const AdminQuery = graphql(/* GraphQL */ `
  query Administration {
    referencing: solutions(first: 100, sort: RECENT, filter: { statuses: [PENDING_REVIEW] }) {
      totalCount
      edges {
        node {
          ...ReferencingRequest
        }
      }
    }
  }
`);

export function AdminPage() {
  const { data, loading, error } = useQuery(AdminQuery);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageTitle title="Administration" />
      <p className="fr-text--lead">Ce qui attend une décision de l'équipe du catalogue.</p>
      {notice && <Alert className="fr-mb-3w" severity="success" small description={notice} closable onClose={() => setNotice(null)} />}
      <PartialNotice error={data ? error : undefined} />
      {!data && loading && <Loading label="Chargement des files d'attente…" />}
      {!data && error && <ErrorState error={error} />}
      {data && (
        <Tabs
          tabs={[
            {
              label: `Demandes de référencement (${data.referencing.totalCount})`,
              content: <ReferencingQueue requests={data.referencing.edges.map((e) => e.node)} onDone={setNotice} />,
            },
          ]}
        />
      )}
    </>
  );
}
