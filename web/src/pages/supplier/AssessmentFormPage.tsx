import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { graphql } from "../../gql";
import { PageTitle } from "../../components/PageTitle";
import { ErrorState, Loading, PartialNotice, describeError } from "../../components/states";
import { assessmentStatusLabel, label } from "../../labels";
import { CriterionField } from "./CriterionField";
import { EMPTY_ANSWER, editsAfterSave, toAnswerInputs, toFormAnswers, type FormAnswer } from "./assessment-form-state";

graphql(/* GraphQL */ `
  fragment AssessmentCriterion on Criterion {
    code
    label
    help
    answerType
    naAllowed
    eliminatory
    options {
      code
      label
    }
    levels {
      value
      label
    }
  }
`);

graphql(/* GraphQL */ `
  fragment DraftAssessment on Assessment {
    id
    status
    version
    completeness
    returnReason
    answers {
      criterionCode
      notApplicable
      booleanValue
      numberValue
      choice
      evidenceUrl
      comment
    }
  }
`);

const AssessmentFormQuery = graphql(/* GraphQL */ `
  query AssessmentForm($id: ID!) {
    solution(id: $id) {
      id
      name
      slug
      draftAssessment {
        ...DraftAssessment
      }
    }
    assessmentGrid {
      version
      themes {
        code
        label
        criteria {
          ...AssessmentCriterion
        }
      }
    }
  }
`);

const StartMutation = graphql(/* GraphQL */ `
  mutation StartAssessment($solutionId: ID!) {
    startAssessment(solutionId: $solutionId) {
      ...DraftAssessment
    }
  }
`);

const SaveMutation = graphql(/* GraphQL */ `
  mutation SaveAnswers($assessmentId: ID!, $expectedVersion: Int!, $answers: [AnswerInput!]!) {
    saveAnswers(assessmentId: $assessmentId, expectedVersion: $expectedVersion, answers: $answers) {
      ...DraftAssessment
    }
  }
`);

const SubmitMutation = graphql(/* GraphQL */ `
  mutation SubmitAssessment($assessmentId: ID!, $expectedVersion: Int!) {
    submitAssessment(assessmentId: $assessmentId, expectedVersion: $expectedVersion) {
      ...DraftAssessment
    }
  }
`);

/** The 72 criteria grouped by theme, with progress; save as draft (expected version), then submit. */
export function AssessmentFormPage() {
  const { solutionId = "" } = useParams();
  const { data, loading, error } = useQuery(AssessmentFormQuery, { variables: { id: solutionId } });
  const [start, startState] = useMutation(StartMutation, { refetchQueries: ["AssessmentForm"], awaitRefetchQueries: true });
  const [save, saveState] = useMutation(SaveMutation);
  const [submit, submitState] = useMutation(SubmitMutation);
  // What the server holds, and the user's edits on top of it: a save keeps the edits made while it ran.
  const [edits, setEdits] = useState<Record<string, FormAnswer>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [orphans, setOrphans] = useState<string[]>([]);
  const draft = data?.solution?.draftAssessment;
  const criteria = useMemo(() => data?.assessmentGrid?.themes.flatMap((t) => t.criteria) ?? [], [data]);
  const saved = useMemo(() => toFormAnswers(draft?.answers ?? []), [draft]);
  const form = useMemo(() => ({ ...saved, ...edits }), [saved, edits]);
  const failure = startState.error ?? saveState.error ?? submitState.error;
  const editable = draft?.status === "DRAFT" || draft?.status === "RETURNED";
  const answered = criteria.filter((c) => (form[c.code]?.value ?? "") !== "").length;

  if (!data && loading) return <Loading label="Chargement de la grille…" />;
  if (!data && error) return <ErrorState error={error} />;
  if (!data?.solution || !data.assessmentGrid) return <ErrorState title="Évaluation indisponible" error={error} />;

  /** Saves the form; the draft as the server now holds it, or null when nothing could be saved. */
  const saveDraft = async () => {
    if (!draft) return null;
    setNotice(null);
    const { inputs, orphans: unanswered } = toAnswerInputs(criteria, form, saved);
    setOrphans(unanswered);
    if (unanswered.length) return null;
    if (inputs.length === 0) return draft;
    const sent = edits;
    const result = await save({ variables: { assessmentId: draft.id, expectedVersion: draft.version, answers: inputs } }).catch(() => null);
    if (!result?.data) return null;
    setEdits((current) => editsAfterSave(current, sent));
    return result.data.saveAnswers;
  };

  return (
    <>
      <PageTitle title={`Évaluation de ${data.solution.name}`} />
      <p>
        <Link to="/espace-fournisseur">Retour à l'espace fournisseur</Link>
      </p>
      <PartialNotice error={error} />
      {failure && <Alert className="fr-mb-3w" severity="error" title="L'opération a échoué" description={describeError(failure)} />}
      {orphans.length > 0 && (
        <Alert
          className="fr-mb-3w"
          severity="error"
          title="Réponse manquante"
          description={`Une preuve ou un commentaire sans réponse ne peut pas être enregistré : répondez ou videz ces champs pour ${orphans.join(", ")}.`}
        />
      )}
      {notice && <Alert className="fr-mb-3w" severity="success" small description={notice} />}
      {!draft ? (
        <>
          <p>
            Aucune évaluation en cours. La grille compte {criteria.length} critères ; vous pourrez enregistrer vos réponses en plusieurs
            fois.
          </p>
          <Button disabled={startState.loading} onClick={() => void start({ variables: { solutionId } }).catch(() => null)}>
            Commencer l'évaluation
          </Button>
        </>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const saved = await saveDraft();
            if (saved) setNotice("Brouillon enregistré.");
          }}
        >
          <div className="gt-results-head fr-mb-3w">
            <Badge severity={draft.status === "RETURNED" ? "warning" : "info"}>{label(assessmentStatusLabel, draft.status)}</Badge>
            <p className="fr-mb-0" role="status">
              <strong>
                {answered} critères renseignés sur {criteria.length}
              </strong>
            </p>
          </div>
          <progress className="gt-progress fr-mb-3w" max={criteria.length} value={answered} aria-label="Progression de l'évaluation" />
          {draft.returnReason && draft.status === "RETURNED" && (
            <Alert className="fr-mb-3w" severity="warning" small description={`Motif du renvoi : ${draft.returnReason}`} />
          )}
          {data.assessmentGrid.themes.map((theme) => {
            const done = theme.criteria.filter((c) => (form[c.code]?.value ?? "") !== "").length;
            return (
              <fieldset key={theme.code} className="fr-fieldset fr-mb-4w">
                <legend className="fr-fieldset__legend fr-h4">
                  {theme.label} ({done} / {theme.criteria.length})
                </legend>
                <div className="fr-fieldset__content gt-fieldset-full">
                  {theme.criteria.map((c) => (
                    <CriterionField
                      key={c.code}
                      criterion={c}
                      disabled={!editable}
                      answer={form[c.code] ?? EMPTY_ANSWER}
                      onChange={(next) => setEdits((e) => ({ ...e, [c.code]: next }))}
                    />
                  ))}
                </div>
              </fieldset>
            );
          })}
          {editable && (
            <div className="gt-card-meta gt-sticky-actions fr-p-2w">
              <Button type="submit" priority="secondary" disabled={saveState.loading}>
                Enregistrer le brouillon
              </Button>
              <Button
                type="button"
                disabled={saveState.loading || submitState.loading || answered === 0}
                onClick={async () => {
                  const saved = await saveDraft();
                  if (!saved) return;
                  const result = await submit({ variables: { assessmentId: saved.id, expectedVersion: saved.version } }).catch(() => null);
                  if (result?.data) setNotice("Évaluation soumise : l'équipe du catalogue la relira avant publication.");
                }}
              >
                Soumettre l'évaluation
              </Button>
            </div>
          )}
        </form>
      )}
    </>
  );
}
