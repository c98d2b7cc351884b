import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../../gql";
import type { SubmittedAssessmentFragment } from "../../gql/graphql";
import { ReasonForm } from "../../components/ReasonDialog";
import { EmptyState, describeError } from "../../components/states";
import { formatDate } from "../../labels";

graphql(/* GraphQL */ `
  fragment SubmittedAssessment on Assessment {
    id
    gridVersion
    completeness
    submittedAt
    solution {
      id
      name
      slug
    }
  }
`);

const PublishMutation = graphql(/* GraphQL */ `
  mutation PublishAssessment($assessmentId: ID!) {
    publishAssessment(assessmentId: $assessmentId) {
      id
      status
      overallScore
    }
  }
`);

const ReturnMutation = graphql(/* GraphQL */ `
  mutation ReturnAssessment($assessmentId: ID!, $reason: String!) {
    returnAssessment(assessmentId: $assessmentId, reason: $reason) {
      id
      status
      returnReason
    }
  }
`);

/** Submitted assessments: publish (scores computed then), or return to the supplier with a reason. */
export function AssessmentQueue({ items, onDone }: { items: SubmittedAssessmentFragment[]; onDone: (message: string) => void }) {
  const [returning, setReturning] = useState<string | null>(null);
  const options = { refetchQueries: ["Administration"] };
  const [publish, publishState] = useMutation(PublishMutation, options);
  const [giveBack, returnState] = useMutation(ReturnMutation, options);
  const failure = publishState.error ?? returnState.error;
  if (items.length === 0) return <EmptyState title="Aucune évaluation en attente de publication" />;
  return (
    <>
      {failure && <Alert className="fr-mb-2w" severity="error" small description={describeError(failure)} />}
      <ul className="gt-plain-list">
        {items.map((a) => {
          const name = a.solution.name ?? "Solution";
          return (
            <li key={a.id} className="fr-p-3w fr-mb-2w gt-account">
              <h3 className="fr-h5 fr-mb-1w">{name}</h3>
              <p className="fr-text--sm">
                Grille v{a.gridVersion} · complétude {Math.round(a.completeness)} % · soumise le {formatDate(a.submittedAt)}
              </p>
              {returning === a.id ? (
                <ReasonForm
                  id={`assessment-${a.id}`}
                  actionLabel="Confirmer le renvoi"
                  required
                  busy={returnState.loading}
                  onCancel={() => setReturning(null)}
                  onConfirm={async (reason) => {
                    const result = await giveBack({ variables: { assessmentId: a.id, reason: reason ?? "" } }).catch(() => null);
                    if (result?.data) {
                      setReturning(null);
                      onDone(`L'évaluation de « ${name} » est renvoyée au fournisseur.`);
                    }
                  }}
                />
              ) : (
                <div className="gt-card-meta">
                  <Button
                    size="small"
                    disabled={publishState.loading}
                    onClick={async () => {
                      const result = await publish({ variables: { assessmentId: a.id } }).catch(() => null);
                      if (result?.data) onDone(`L'évaluation de « ${name} » est publiée.`);
                    }}
                  >
                    Publier l'évaluation<span className="fr-sr-only"> de {name}</span>
                  </Button>
                  <Button size="small" priority="secondary" onClick={() => setReturning(a.id)}>
                    Renvoyer pour correction<span className="fr-sr-only"> : {name}</span>
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
