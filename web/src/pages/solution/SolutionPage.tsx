import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { graphql } from "../../gql";
import { PageTitle, useDocumentTitle } from "../../components/PageTitle";
import { EmptyState, ErrorState, Loading, PartialNotice } from "../../components/states";
import { Markdown, safeUrl } from "../../components/Markdown";
import { CompareBar } from "../../compare/CompareBar";
import { toggleCompared, useCompareSelection } from "../../compare/compare-selection";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { SolutionFacts } from "./SolutionFacts";
import { useSession } from "../../auth/SessionProvider";
import { CommunitySection } from "../../community/CommunitySection";
import { AssessmentSection } from "../../assessment/AssessmentSection";

const SolutionQuery = graphql(/* GraphQL */ `
  query SolutionPage($slug: String!, $withReviews: Boolean!, $asAgent: Boolean!) {
    solution(slug: $slug) {
      id
      slug
      name
      tagline
      description
      website
      status
      isDemo
      sillRecommendation
      ...SolutionFacts
      assessment {
        ...PublishedAssessment
      }
      scores {
        ...ThemeScoreBar
      }
      rating {
        ...RatingSummary
      }
      reviews(first: 5, sort: RECENT) @include(if: $withReviews) {
        totalCount
        edges {
          node {
            ...ReviewItem
          }
        }
      }
    }
    assessmentGrid {
      ...GridThemes
    }
    myReviews(first: 100) @include(if: $asAgent) {
      edges {
        node {
          id
          solutionId
          status
          title
          rejectionReason
        }
      }
    }
  }
`);

export function SolutionPage() {
  const { slug = "" } = useParams();
  const { session } = useSession();
  const { data, loading, error, refetch } = useQuery(SolutionQuery, {
    // Review texts are for agents and admins only: others do not ask for them (suppliers read theirs in their space).
    variables: { slug, withReviews: session?.role === "AGENT" || session?.role === "ADMIN", asAgent: session?.role === "AGENT" },
  });
  const compared = useCompareSelection();
  const solution = data?.solution;
  useDocumentTitle(solution?.name ?? "Fiche solution");

  if (!data && loading) return <Loading label="Chargement de la fiche…" />;
  if (!data && error) return <ErrorState error={error} />;
  if (!solution)
    return (
      <>
        <PageTitle title="Solution introuvable" />
        <EmptyState title="Cette solution n'existe pas ou n'est pas publiée.">
          <p className="fr-mb-0">
            <Link to="/">Retourner au catalogue</Link>
          </p>
        </EmptyState>
      </>
    );
  const isCompared = compared.some((c) => c.id === solution.id);
  return (
    <>
      <Breadcrumb currentPageLabel={solution.name} segments={[{ label: "Catalogue", linkProps: { to: "/" } }]} />
      <PartialNotice error={error} />
      <div className="gt-solution-head">
        <div>
          <h1 className="fr-mb-1w">{solution.name}</h1>
          <p className="fr-text--lead fr-mb-2w">{solution.tagline}</p>
          {solution.isDemo && (
            <Badge small severity="new" className="fr-mb-2w">
              Exemple fictif
            </Badge>
          )}
        </div>
        <div className="gt-card-meta">
          {solution.website && safeUrl(solution.website) && (
            <a
              className="fr-link"
              href={safeUrl(solution.website)}
              target="_blank"
              rel="noopener noreferrer"
              title={`Site de ${solution.name} - nouvelle fenêtre`}
            >
              Site de la solution
            </a>
          )}
          <Button
            size="small"
            priority={isCompared ? "secondary" : "primary"}
            iconId={isCompared ? "fr-icon-close-line" : "fr-icon-add-line"}
            onClick={() => toggleCompared({ id: solution.id, name: solution.name })}
          >
            {isCompared ? "Retirer de la comparaison" : "Ajouter à la comparaison"}
          </Button>
        </div>
      </div>
      <CompareBar />
      <div className="fr-grid-row fr-grid-row--gutters">
        <section className="fr-col-12 fr-col-md-8" aria-labelledby="presentation">
          <h2 id="presentation" className="fr-h4">
            Présentation
          </h2>
          <Markdown>{solution.description}</Markdown>
        </section>
        <aside className="fr-col-12 fr-col-md-4" aria-labelledby="en-bref">
          <SolutionFacts solution={solution} />
        </aside>
      </div>
      <AssessmentSection
        assessment={solution.assessment}
        scores={solution.scores}
        grid={data?.assessmentGrid}
        verifyAs={session?.role === "ADMIN" ? { solutionName: solution.name } : undefined}
      />
      <CommunitySection
        solutionId={solution.id}
        rating={solution.rating}
        reviews={solution.reviews ? solution.reviews.edges.map((e) => e.node) : null}
        reviewCount={solution.reviews?.totalCount ?? 0}
        myReview={data?.myReviews?.edges.map((e) => e.node).find((r) => r.solutionId === solution.id) ?? null}
        onReviewPosted={() => void refetch()}
      />
    </>
  );
}
