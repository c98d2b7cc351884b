import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { graphql } from "../../gql";
import { PageTitle } from "../../components/PageTitle";
import { ErrorState, Loading, PartialNotice } from "../../components/states";
import { ReferencingQueue } from "./ReferencingQueue";
import { ModerationQueue } from "./ModerationQueue";
import { AssessmentQueue } from "./AssessmentQueue";

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
    submitted: assessments(first: 50, status: SUBMITTED) {
      totalCount
      edges {
        node {
          ...SubmittedAssessment
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
  // The moderation queue pages with a cursor kept in state; each page is one request.
  const [cursors, setCursors] = useState<string[]>([]);
  const { data, previousData, loading, error } = useQuery(AdminQuery, { variables: { moderationAfter: cursors.at(-1) ?? null } });
  const [notice, setNotice] = useState<string | null>(null);
  const shown = data ?? previousData;
  const moderation = shown?.moderation;
  const position = cursors.length * 20;
  return (
    <>
      <PageTitle title="Administration" />
      <p className="fr-text--lead">Ce qui attend une décision de l'équipe du catalogue.</p>
      {notice && <Alert className="fr-mb-3w" severity="success" small description={notice} closable onClose={() => setNotice(null)} />}
      <PartialNotice error={data ? error : undefined} />
      {!shown && loading && <Loading label="Chargement des files d'attente…" />}
      {!shown && error && <ErrorState error={error} />}
      {shown && (
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
                <a className="fr-summary__link" href="#evaluations">
                  Évaluations à publier ({shown.submitted?.totalCount ?? "indisponible"})
                </a>
              </li>
              <li>
                <a className="fr-summary__link" href="#referencement">
                  Demandes de référencement ({shown.referencing.totalCount})
                </a>
              </li>
            </ol>
          </nav>
          <section aria-labelledby="moderation" className="fr-mb-6w">
            <h2 id="moderation">Modération ({moderation?.totalCount ?? "indisponible"})</h2>
            <p>Avis en attente, avis signalés et signalements d'erreur, du plus ancien au plus récent.</p>
            <p className="fr-text--sm" role="status">
              {loading
                ? "Chargement…"
                : moderation &&
                  moderation.totalCount > 0 &&
                  `Éléments ${position + 1} à ${position + moderation.edges.length} sur ${moderation.totalCount}`}
            </p>
            {moderation ? (
              <>
                <ModerationQueue items={moderation.edges.map((e) => e.node)} onDone={setNotice} />
                <div className="gt-card-meta" hidden={loading}>
                  {cursors.length > 0 && (
                    <Button priority="secondary" disabled={loading} onClick={() => setCursors(cursors.slice(0, -1))}>
                      Éléments précédents
                    </Button>
                  )}
                  {moderation.pageInfo.hasNextPage && (
                    <Button
                      priority="secondary"
                      disabled={loading}
                      onClick={() => setCursors([...cursors, moderation.pageInfo.endCursor!])}
                    >
                      Éléments suivants
                    </Button>
                  )}
                </div>
              </>
            ) : (
              <ErrorState title="La file de modération est indisponible" />
            )}
          </section>
          <section aria-labelledby="evaluations" className="fr-mb-6w">
            <h2 id="evaluations">Évaluations à publier ({shown.submitted?.totalCount ?? "indisponible"})</h2>
            {shown.submitted ? (
              <AssessmentQueue items={shown.submitted.edges.map((e) => e.node)} onDone={setNotice} />
            ) : (
              <ErrorState title="Les évaluations sont momentanément indisponibles" />
            )}
          </section>
          <section aria-labelledby="referencement">
            <h2 id="referencement">Demandes de référencement ({shown.referencing.totalCount})</h2>
            <ReferencingQueue requests={shown.referencing.edges.map((e) => e.node)} onDone={setNotice} />
          </section>
        </>
      )}
    </>
  );
}
