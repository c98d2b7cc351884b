import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../../gql";
import { VerifyAnswerButton } from "../../assessment/VerifyAnswerButton";
import type { SubmittedAssessmentFragment } from "../../gql/graphql";
import { ReasonForm } from "../../components/ReasonDialog";
import { EmptyState, describeError } from "../../components/states";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { safeUrl } from "../../components/Markdown";
import { evidenceLevelLabel, formatDate, label } from "../../labels";

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
    answers {
      criterionCode
      evidenceUrl
      evidenceExpiresOn
      evidenceLevel
      verifiedAt
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
              <AnswersToVerify assessment={a} name={name} onDone={onDone} />
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

/** The answers that came with a proof link: the team checks the proof and marks the answer verified (or withdraws it). */
function AnswersToVerify({
  assessment,
  name,
  onDone,
}: {
  assessment: SubmittedAssessmentFragment;
  name: string;
  onDone: (message: string) => void;
}) {
  const withProof = assessment.answers.filter((ans) => ans.evidenceUrl);
  return (
    <div className="fr-mb-2w">
      <h4 className="fr-h6 fr-mb-1w">Réponses à vérifier ({withProof.length})</h4>
      {withProof.length === 0 ? (
        <p className="fr-text--sm">Aucune réponse de cette évaluation n'est accompagnée d'une preuve.</p>
      ) : (
        <ul className="gt-plain-list">
          {withProof.map((ans) => {
            const verified = ans.evidenceLevel === "VERIFIED";
            return (
              <li key={ans.criterionCode} className="gt-card-meta fr-mb-1w">
                <strong>{ans.criterionCode}</strong>
                {safeUrl(ans.evidenceUrl ?? "") ? (
                  <a
                    href={safeUrl(ans.evidenceUrl ?? "")}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    title={`Preuve pour ${ans.criterionCode} - nouvelle fenêtre`}
                  >
                    Preuve
                  </a>
                ) : (
                  <span>Lien de preuve invalide</span>
                )}
                {ans.evidenceExpiresOn && <span className="fr-text--sm fr-mb-0">valable jusqu'au {formatDate(ans.evidenceExpiresOn)}</span>}
                <Badge small noIcon severity={verified ? "success" : "info"}>
                  {label(evidenceLevelLabel, ans.evidenceLevel)}
                </Badge>
                <VerifyAnswerButton
                  assessmentId={assessment.id}
                  criterionCode={ans.criterionCode}
                  verified={verified}
                  solutionName={name}
                  refetch="Administration"
                  onDone={onDone}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
