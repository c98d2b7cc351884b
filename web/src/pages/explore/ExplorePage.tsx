import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { graphql } from "../../gql";
import { PageTitle } from "../../components/PageTitle";
import { EmptyState, ErrorState, Loading, PartialNotice } from "../../components/states";
import { CompareBar } from "../../compare/CompareBar";
import { cursorBeforePage, PAGE_SIZE, readExploreState } from "./explore-params";
import { FacetPanel } from "./FacetPanel";
import { SearchForm } from "./SearchForm";
import { SolutionCard } from "./SolutionCard";

const ExploreQuery = graphql(/* GraphQL */ `
  query Explore($first: Int!, $after: String, $filter: SolutionFilter, $search: String, $sort: SolutionSort) {
    solutions(first: $first, after: $after, filter: $filter, search: $search, sort: $sort) {
      totalCount
      facets {
        categories {
          ...FacetValue
        }
        distributions {
          ...FacetValue
        }
        deployments {
          ...FacetValue
        }
        purchasingCentrals {
          ...FacetValue
        }
        targetPublics {
          ...FacetValue
        }
      }
      edges {
        node {
          ...SolutionCard
        }
      }
    }
  }
`);

export function ExplorePage() {
  const [params, setParams] = useSearchParams();
  const state = readExploreState(params);
  const { data, previousData, loading, error } = useQuery(ExploreQuery, {
    variables: {
      first: PAGE_SIZE,
      after: cursorBeforePage(state.page),
      filter: state.filter,
      search: state.search || null,
      sort: state.sort,
    },
  });
  const result = (data ?? previousData)?.solutions;
  const pageCount = result ? Math.max(1, Math.ceil(result.totalCount / PAGE_SIZE)) : 1;
  const pageLink = (page: number) => {
    const next = new URLSearchParams(params);
    if (page > 1) next.set("page", String(page));
    else next.delete("page");
    return { to: `/?${next.toString()}` };
  };

  return (
    <>
      <PageTitle title="Explorer le catalogue" />
      <p className="fr-text--lead">
        Des solutions numériques pour le secteur public, décrites par leurs fournisseurs et évaluées sur une grille commune.
      </p>
      <SearchForm initial={state.search} />
      <CompareBar />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4 fr-col-lg-3">
          {result && <FacetPanel facets={result.facets} params={params} onChange={(next) => setParams(next)} />}
        </div>
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-9">
          <PartialNotice error={result ? error : undefined} />
          {!result && loading && <Loading label="Chargement des solutions…" />}
          {!result && error && <ErrorState error={error} />}
          {result && (
            <>
              <div className="gt-results-head">
                <p className="fr-mb-0" role="status" aria-live="polite" aria-busy={loading}>
                  <strong>{result.totalCount}</strong> solution{result.totalCount > 1 ? "s" : ""} trouvée{result.totalCount > 1 ? "s" : ""}
                  {loading && " (mise à jour…)"}
                </p>
                <Select
                  label="Trier par"
                  className="gt-sort"
                  nativeSelectProps={{
                    value: state.sortKey,
                    onChange: (e) => {
                      const next = new URLSearchParams(params);
                      next.set("tri", e.target.value);
                      next.delete("page");
                      setParams(next);
                    },
                  }}
                >
                  {state.search && <option value="pertinence">Pertinence</option>}
                  <option value="nom">Nom</option>
                  <option value="recent">Les plus récentes</option>
                  <option value="score">Meilleur score d'évaluation</option>
                  <option value="note">Mieux notées par les agents</option>
                </Select>
              </div>
              {result.edges.length === 0 ? (
                <EmptyState title="Aucune solution ne correspond à votre recherche">
                  <p className="fr-mb-0">Essayez d'autres mots-clés ou retirez des filtres.</p>
                </EmptyState>
              ) : (
                <ul className="fr-grid-row fr-grid-row--gutters gt-plain-list">
                  {result.edges.map(({ node }) => (
                    <li key={node.id} className="fr-col-12 fr-col-lg-6">
                      <SolutionCard solution={node} />
                    </li>
                  ))}
                </ul>
              )}
              {pageCount > 1 && (
                <Pagination
                  className="fr-mt-4w"
                  count={pageCount}
                  defaultPage={Math.min(state.page, pageCount)}
                  getPageLinkProps={pageLink}
                  showFirstLast
                />
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
