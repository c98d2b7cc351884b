import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../../gql";
import { PageTitle } from "../../components/PageTitle";
import { EmptyState, ErrorState, Loading, PartialNotice, describeError } from "../../components/states";
import { assessmentStatusLabel, formatDate, formatScore, label, solutionStatusLabel } from "../../labels";

const SupplierSpaceQuery = graphql(/* GraphQL */ `
  query SupplierSpace {
    mySolutions(first: 100, sort: NAME) {
      totalCount
      edges {
        node {
          id
          slug
          name
          tagline
          status
          statusReason
          version
          updatedAt
          draftAssessment {
            id
            status
            completeness
          }
          assessment {
            id
            overallScore
          }
        }
      }
    }
  }
`);

const SubmitSolutionMutation = graphql(/* GraphQL */ `
  mutation SubmitSolution($id: ID!, $expectedVersion: Int!) {
    submitSolution(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      statusReason
      version
    }
  }
`);

const STATUS_SEVERITY = { PUBLISHED: "success", PENDING_REVIEW: "info", REJECTED: "error", DRAFT: "new", ARCHIVED: undefined } as const;

export function SupplierSpacePage() {
  const { data, loading, error } = useQuery(SupplierSpaceQuery);
  const [submit, submitState] = useMutation(SubmitSolutionMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const solutions = data?.mySolutions.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageTitle title="Espace fournisseur" />
      <p className="fr-text--lead">Vos solutions, leur référencement et leur évaluation.</p>
      <Button className="fr-mb-3w" iconId="fr-icon-add-line" linkProps={{ to: "/espace-fournisseur/nouvelle-solution" }}>
        Référencer une nouvelle solution
      </Button>{" "}
      <Button className="fr-mb-3w" priority="secondary" iconId="fr-icon-chat-3-line" linkProps={{ to: "/espace-fournisseur/avis" }}>
        Avis et signalements sur mes solutions
      </Button>
      {notice && <Alert className="fr-mb-3w" severity="success" small description={notice} closable onClose={() => setNotice(null)} />}
      {submitState.error && <Alert className="fr-mb-3w" severity="error" small description={describeError(submitState.error)} />}
      <PartialNotice error={data ? error : undefined} />
      {!data && loading && <Loading label="Chargement de vos solutions…" />}
      {!data && error && <ErrorState error={error} />}
      {data && (
        <section aria-labelledby="mes-solutions">
          <h2 id="mes-solutions">Mes solutions ({data.mySolutions.totalCount})</h2>
          {solutions.length === 0 ? (
            <EmptyState title="Vous n'avez encore référencé aucune solution">
              <p className="fr-mb-0">Décrivez votre première solution : l'équipe du catalogue la relira avant publication.</p>
            </EmptyState>
          ) : (
            <ul className="gt-plain-list">
              {solutions.map((s) => (
                <li key={s.id} className="fr-p-3w fr-mb-2w gt-account">
                  <div className="gt-results-head">
                    <h3 className="fr-h5 fr-mb-0">
                      {s.status === "PUBLISHED" ? <Link to={`/solutions/${s.slug}`}>{s.name}</Link> : s.name}
                    </h3>
                    <Badge small severity={STATUS_SEVERITY[s.status]}>
                      {label(solutionStatusLabel, s.status)}
                    </Badge>
                  </div>
                  <p className="fr-mb-1w">{s.tagline}</p>
                  <p className="fr-text--sm fr-mb-1w">Modifiée le {formatDate(s.updatedAt)}</p>
                  {s.statusReason && (
                    <p className="fr-text--sm">
                      <strong>Motif de l'équipe du catalogue :</strong> {s.statusReason}
                    </p>
                  )}
                  <p className="fr-text--sm fr-mb-1w">
                    Évaluation :{" "}
                    {s.draftAssessment
                      ? `${label(assessmentStatusLabel, s.draftAssessment.status).toLowerCase()} (complétude ${Math.round(s.draftAssessment.completeness)} %)`
                      : s.assessment
                        ? `publiée, note globale ${formatScore(s.assessment.overallScore)}`
                        : "aucune"}
                  </p>
                  <Button
                    className="fr-mr-2w"
                    size="small"
                    priority="secondary"
                    linkProps={{ to: `/espace-fournisseur/evaluation/${s.id}` }}
                  >
                    {s.draftAssessment ? "Remplir l'évaluation" : "Évaluer"}
                    <span className="fr-sr-only"> {s.name}</span>
                  </Button>
                  {(s.status === "DRAFT" || s.status === "REJECTED") && (
                    <Button
                      size="small"
                      disabled={submitState.loading}
                      onClick={async () => {
                        setNotice(null);
                        const result = await submit({ variables: { id: s.id, expectedVersion: s.version } }).catch(() => null);
                        if (result?.data) setNotice(`La demande de référencement de « ${s.name} » a été envoyée à l'équipe du catalogue.`);
                      }}
                    >
                      Demander le référencement<span className="fr-sr-only"> de {s.name}</span>
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
