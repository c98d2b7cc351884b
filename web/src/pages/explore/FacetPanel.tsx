import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { graphql } from "../../gql";
import type { FacetValueFragment } from "../../gql/graphql";
import { FACET_KEYS, toggleFacet, type FacetName } from "./explore-params";

graphql(/* GraphQL */ `
  fragment FacetValue on FacetCount {
    value
    label
    count
  }
`);

const LEGENDS: Record<FacetName, string> = {
  categories: "Besoins",
  distributions: "Distribution",
  deployments: "Déploiement",
  purchasingCentrals: "Centrale d'achat",
  targetPublics: "Public cible",
};

/** Filters with their counts; each change rewrites the URL. */
export function FacetPanel({
  facets,
  params,
  onChange,
}: {
  facets: Record<FacetName, FacetValueFragment[]>;
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
}) {
  const active = (Object.keys(FACET_KEYS) as FacetName[]).some((f) => params.getAll(FACET_KEYS[f]).length > 0);
  return (
    <section aria-labelledby="filtres-titre">
      <h2 id="filtres-titre" className="fr-h5">
        Filtrer
      </h2>
      {active && (
        <Button
          className="fr-mb-2w"
          size="small"
          priority="tertiary"
          iconId="fr-icon-close-line"
          onClick={() => {
            const next = new URLSearchParams(params);
            Object.values(FACET_KEYS).forEach((k) => next.delete(k));
            next.delete("page");
            onChange(next);
          }}
        >
          Retirer tous les filtres
        </Button>
      )}
      {(Object.keys(LEGENDS) as FacetName[]).map((facet) => {
        const selected = params.getAll(FACET_KEYS[facet]);
        const values = facets[facet].filter((v) => v.count > 0 || selected.includes(v.value));
        if (values.length === 0) return null;
        return (
          <Checkbox
            key={facet}
            small
            legend={LEGENDS[facet]}
            options={values.map((v) => ({
              label: `${v.label} (${v.count})`,
              nativeInputProps: {
                name: FACET_KEYS[facet],
                value: v.value,
                checked: selected.includes(v.value),
                onChange: () => onChange(toggleFacet(params, facet, v.value)),
              },
            }))}
          />
        );
      })}
    </section>
  );
}
