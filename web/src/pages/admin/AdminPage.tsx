import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { graphql } from "../../gql";
import { PageTitle } from "../../components/PageTitle";
import { ErrorState, Loading, PartialNotice } from "../../components/states";
import { ReferencingQueue } from "./ReferencingQueue";
import { ModerationQueue } from "./ModerationQueue";

/** Everything waiting for the catalogue team, in one request; the moderation queue pages on demand. */
const AdminQuery = graphql(/* GraphQL */ `
  query Administration($moderationAfter: String) {
    referencing: solutions(first: 100, sort: RECENT, filter: { statuses: [PENDING_REVIEW] }) {
      totalCount
      edges {
        node {
          ...ReferencingRequest
        }
      }
    }
    moderation: moderationQueue(first: 20, after: $moderationAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ModerationEntry
        }
      }
    }
  }
`);

export function AdminPage() {
  const { data, loading, error, fetchMore } = useQuery(AdminQuery);
  const [notice, setNotice] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const moderation = data?.moderation;
  return (
    <>
      <PageTitle title="Administration" />
      <p className="fr-text--lead">Ce qui attend une décision de l'équipe du catalogue.</p>
      {notice && <Alert className="fr-mb-3w" severity="success" small description={notice} closable onClose={() => setNotice(null)} />}
      <PartialNotice error={data ? error : undefined} />
      {!data && loading && <Loading label="Chargement des files d'attente…" />}
      {!data && error && <ErrorState error={error} />}
      {data && (
        <>
          <nav className="fr-summary fr-mb-4w" aria-labelledby="sommaire-admin">
            <p className="fr-summary__title" id="sommaire-admin">
              Files d'attente
            </p>
            <ol>
              <li>
                <a className="fr-summary__link" href="#moderation">
                  Modération ({moderation?.totalCount ?? "indisponible"})
                </a>
              </li>
              <li>
                <a className="fr-summary__link" href="#referencement">
                  Demandes de référencement ({data.referencing.totalCount})
                </a>
              </li>
            </ol>
          </nav>
          <section aria-labelledby="moderation" className="fr-mb-6w">
            <h2 id="moderation">Modération ({moderation?.totalCount ?? "indisponible"})</h2>
            <p>Avis en attente, avis signalés et signalements d'erreur, du plus ancien au plus récent.</p>
            {moderation ? (
              <>
                <ModerationQueue items={moderation.edges.map((e) => e.node)} onDone={setNotice} />
                {moderation.pageInfo.hasNextPage && (
                  <Button
                    priority="secondary"
                    disabled={loadingMore}
                    onClick={async () => {
                      setLoadingMore(true);
                      await fetchMore({ variables: { moderationAfter: moderation.pageInfo.endCursor } }).finally(() =>
                        setLoadingMore(false),
                      );
                    }}
                  >
                    Afficher les éléments suivants ({moderation.totalCount - moderation.edges.length} restants)
                  </Button>
                )}
              </>
            ) : (
              <ErrorState title="La file de modération est indisponible" />
            )}
          </section>
          <section aria-labelledby="referencement">
            <h2 id="referencement">Demandes de référencement ({data.referencing.totalCount})</h2>
            <ReferencingQueue requests={data.referencing.edges.map((e) => e.node)} onDone={setNotice} />
          </section>
        </>
      )}
    </>
  );
}
