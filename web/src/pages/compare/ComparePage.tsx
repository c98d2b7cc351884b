import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import { graphql } from "../../gql";
import type { CompareSolutionFragment } from "../../gql/graphql";
import { PageTitle } from "../../components/PageTitle";
import { EmptyState, ErrorState, Loading, PartialNotice } from "../../components/states";
import { MAX_COMPARED } from "../../compare/compare-selection";
import { CompareTable } from "./CompareTable";

graphql(/* GraphQL */ `
  fragment CompareSolution on Solution {
    id
    slug
    name
    tagline
    distribution
    deployment
    licences
    pricingModels
    targetPublics
    sillRecommendation
    supplier {
      id
      name
    }
    purchasingCentrals {
      central {
        id
        code
      }
    }
    assessment {
      id
      overallScore
      completeness
      gridVersion
      answers {
        criterionCode
        notApplicable
        booleanValue
        numberValue
        choice
      }
    }
    scores {
      theme
      label
      value
    }
    rating {
      average
      count
    }
  }
`);

/** Up to four solutions in one request: aliases, the optional ones behind @include. */
const CompareQuery = graphql(/* GraphQL */ `
  query Compare($a: ID!, $b: ID!, $c: ID, $d: ID, $withC: Boolean!, $withD: Boolean!) {
    a: solution(id: $a) {
      ...CompareSolution
    }
    b: solution(id: $b) {
      ...CompareSolution
    }
    c: solution(id: $c) @include(if: $withC) {
      ...CompareSolution
    }
    d: solution(id: $d) @include(if: $withD) {
      ...CompareSolution
    }
    assessmentGrid {
      ...GridThemes
    }
  }
`);

export function readCompareIds(params: URLSearchParams): string[] {
  const ids = (params.get("ids") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(ids)].slice(0, MAX_COMPARED);
}

export function ComparePage() {
  const [params] = useSearchParams();
  const ids = readCompareIds(params);
  const enough = ids.length >= 2;
  const { data, loading, error } = useQuery(CompareQuery, {
    skip: !enough,
    variables: { a: ids[0] ?? "", b: ids[1] ?? "", c: ids[2] ?? null, d: ids[3] ?? null, withC: ids.length > 2, withD: ids.length > 3 },
  });
  const solutions = data ? [data.a, data.b, data.c, data.d].filter((s): s is CompareSolutionFragment => !!s) : [];

  return (
    <>
      <PageTitle title="Comparer des solutions" />
      {!enough && (
        <EmptyState title="Choisissez au moins deux solutions à comparer">
          <p className="fr-mb-0">
            Dans le <Link to="/">catalogue</Link>, cochez « Comparer » sur deux à quatre solutions.
          </p>
        </EmptyState>
      )}
      {enough && !data && loading && <Loading label="Chargement de la comparaison…" />}
      {enough && !data && error && <ErrorState error={error} />}
      {data && (
        <>
          <PartialNotice error={error} />
          {solutions.length < ids.length && (
            <p className="fr-text--sm">
              Certaines solutions demandées n'existent pas ou ne sont pas publiées : elles ne figurent pas dans le tableau.
            </p>
          )}
          {solutions.length >= 2 ? (
            <CompareTable solutions={solutions} grid={data.assessmentGrid} />
          ) : (
            <EmptyState title="Pas assez de solutions à comparer">
              <p className="fr-mb-0">
                Retournez au <Link to="/">catalogue</Link> pour en choisir d'autres.
              </p>
            </EmptyState>
          )}
        </>
      )}
    </>
  );
}
