import { Link, useSearchParams } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { graphql } from "../../gql";
import { PageTitle } from "../../components/PageTitle";
import { EmptyState, ErrorState, Loading, PartialNotice } from "../../components/states";
import { ReviewList } from "../../community/ReviewList";
import { ReplyForm } from "../../community/ReplyForm";
import { formatDate, label, reportCategoryLabel, reportStatusLabel } from "../../labels";
import { cursorBeforePage } from "../explore/explore-params";

const SOLUTIONS_PER_PAGE = 10;

const SupplierFeedbackQuery = graphql(/* GraphQL */ `
  query SupplierFeedback($first: Int!, $after: String) {
    mySolutions(first: $first, after: $after, sort: NAME, filter: { statuses: [PUBLISHED] }) {
      totalCount
      edges {
        node {
          id
          slug
          name
          reviews(first: 10, sort: RECENT) {
            totalCount
            edges {
              node {
                ...ReviewItem
              }
            }
          }
          reports(first: 10) {
            totalCount
            edges {
              node {
                id
                category
                body
                status
                statusReason
                createdAt
                forwardedAt
              }
            }
          }
        }
      }
    }
  }
`);

// The gateway caps a request's cost: 10 solutions a page × the 10 latest reviews and reports each.
/** Reviews and forwarded anomaly reports on the supplier's published solutions, with the reply form. */
export function SupplierFeedbackPage() {
  const [params] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const { data, loading, error } = useQuery(SupplierFeedbackQuery, {
    variables: { first: SOLUTIONS_PER_PAGE, after: cursorBeforePage(page, SOLUTIONS_PER_PAGE) },
  });
  const solutions = data?.mySolutions.edges.map((e) => e.node) ?? [];
  const pageCount = Math.ceil((data?.mySolutions.totalCount ?? 0) / SOLUTIONS_PER_PAGE);

  return (
    <>
      <Breadcrumb
        currentPageLabel="Avis et signalements"
        segments={[{ label: "Espace fournisseur", linkProps: { to: "/espace-fournisseur" } }]}
      />
      <PageTitle title="Avis et signalements sur mes solutions" />
      <p className="fr-text--lead">
        Les avis publiés par les agents publics et les erreurs signalées que l'équipe du catalogue vous a transmises. Vous pouvez répondre
        publiquement à chaque avis, une fois.
      </p>
      <PartialNotice error={data ? error : undefined} />
      {!data && loading && <Loading label="Chargement des avis et signalements…" />}
      {!data && error && <ErrorState error={error} />}
      {data && solutions.length === 0 && page > 1 && pageCount > 0 && (
        <EmptyState title="Cette page est vide">
          <p className="fr-mb-0">
            <Link to="?page=1">Revenir à la première page</Link>
          </p>
        </EmptyState>
      )}
      {data && solutions.length === 0 && !(page > 1 && pageCount > 0) && (
        <EmptyState title="Aucune de vos solutions n'est encore publiée">
          <p className="fr-mb-0">Les avis et signalements apparaîtront ici une fois vos solutions référencées.</p>
        </EmptyState>
      )}
      {solutions.map((s) => {
        const reviews = s.reviews?.edges.map((e) => e.node) ?? [];
        const reports = s.reports?.edges.map((e) => e.node) ?? [];
        const headingId = `solution-${s.id}`;
        return (
          <section key={s.id} className="fr-mb-6w" aria-labelledby={headingId}>
            <h2 id={headingId} className="fr-h3">
              <Link to={`/solutions/${s.slug}`}>{s.name}</Link>
            </h2>
            <h3 className="fr-h5">Avis publiés ({s.reviews ? s.reviews.totalCount : "indisponibles"})</h3>
            {s.reviews && s.reviews.totalCount > reviews.length && (
              <p className="fr-text--sm">Les {reviews.length} avis les plus récents sont affichés.</p>
            )}
            {s.reviews && reviews.length === 0 && <p>Aucun avis publié pour le moment.</p>}
            {reviews.length > 0 && (
              <ReviewList
                reviews={reviews}
                headingLevel={4}
                renderActions={(r) => (r.reply ? null : <ReplyForm reviewId={r.id} reviewTitle={r.title} />)}
              />
            )}
            <h3 className="fr-h5">Erreurs signalées ({s.reports ? s.reports.totalCount : "indisponibles"})</h3>
            {s.reports && s.reports.totalCount > reports.length && (
              <p className="fr-text--sm">Les {reports.length} premiers signalements sont affichés.</p>
            )}
            {s.reports && reports.length === 0 && <p>Aucun signalement transmis.</p>}
            {reports.length > 0 && (
              <ul className="gt-plain-list">
                {reports.map((r) => (
                  <li key={r.id} className="fr-p-2w fr-mb-2w gt-account">
                    <div className="gt-results-head">
                      <h4 className="fr-h6 fr-mb-1v">{label(reportCategoryLabel, r.category)}</h4>
                      <Badge small severity={r.status === "FORWARDED" ? "info" : undefined}>
                        {label(reportStatusLabel, r.status)}
                      </Badge>
                    </div>
                    <p className="fr-text--sm fr-mb-1w">
                      Signalée le {formatDate(r.createdAt)}
                      {r.forwardedAt && <> · transmise le {formatDate(r.forwardedAt)}</>}
                    </p>
                    <p className="gt-prewrap fr-mb-1w">{r.body}</p>
                    {r.statusReason && (
                      <p className="fr-text--sm fr-mb-0">
                        <strong>Message de l'équipe du catalogue :</strong> {r.statusReason}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {pageCount > 1 && (
        <Pagination
          className="fr-mt-4w"
          count={pageCount}
          defaultPage={Math.min(page, pageCount)}
          getPageLinkProps={(n) => ({ to: `?page=${n}` })}
          showFirstLast
        />
      )}
    </>
  );
}
