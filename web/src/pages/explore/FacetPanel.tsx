import { useState } from "react";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { graphql } from "../../gql";
import type { FacetValueFragment } from "../../gql/graphql";
import { Select } from "@codegouvfr/react-dsfr/Select";
import {
  FACET_KEYS,
  setThreshold,
  THRESHOLD_KEYS,
  THRESHOLD_VALUES,
  toggleFacet,
  type FacetName,
  type ThresholdName,
} from "./explore-params";

graphql(/* GraphQL */ `
  fragment FacetValue on FacetCount {
    value
    label
    count
  }
`);

/** Values shown before "Afficher plus" (the taxonomy has a hundred needs). */
const VISIBLE = 8;

const LEGENDS: Record<FacetName, string> = {
  categories: "Besoins",
  distributions: "Distribution",
  deployments: "Déploiement",
  purchasingCentrals: "Centrale d'achat",
  targetPublics: "Public cible",
};

const THRESHOLDS: Record<ThresholdName, { label: string; option: (v: number) => string }> = {
  minScore: { label: "Note globale d'évaluation", option: (v) => `${v} / 100 et plus` },
  minRating: { label: "Avis des agents publics", option: (v) => `${String(v).replace(".", ",")} / 5 et plus` },
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
  const [expanded, setExpanded] = useState<Partial<Record<FacetName, boolean>>>({});
  const keys = [...Object.values(FACET_KEYS), ...Object.values(THRESHOLD_KEYS)];
  const active = keys.some((k) => params.getAll(k).length > 0);
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
            keys.forEach((k) => next.delete(k));
            next.delete("page");
            onChange(next);
          }}
        >
          Retirer tous les filtres
        </Button>
      )}
      {(Object.keys(LEGENDS) as FacetName[]).map((facet) => {
        const selected = params.getAll(FACET_KEYS[facet]);
        const all = facets[facet]
          .filter((v) => v.count > 0 || selected.includes(v.value))
          .sort((a, b) => Number(selected.includes(b.value)) - Number(selected.includes(a.value)) || b.count - a.count);
        if (all.length === 0) return null;
        const values = expanded[facet] ? all : all.slice(0, Math.max(VISIBLE, selected.length));
        const hidden = all.length - values.length;
        return (
          <div key={facet} className="fr-mb-2w">
            <Checkbox
              className="fr-mb-1w"
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
            {(hidden > 0 || expanded[facet]) && (
              <Button
                size="small"
                priority="tertiary no outline"
                onClick={() => setExpanded({ ...expanded, [facet]: !expanded[facet] })}
                nativeButtonProps={{ "aria-expanded": !!expanded[facet] }}
              >
                {expanded[facet] ? "Afficher moins" : `Afficher ${hidden} de plus`}
                <span className="fr-sr-only"> ({LEGENDS[facet]})</span>
              </Button>
            )}
          </div>
        );
      })}
      {(Object.keys(THRESHOLDS) as ThresholdName[]).map((name) => {
        const { label, option } = THRESHOLDS[name];
        const current = params.get(THRESHOLD_KEYS[name]) ?? "";
        return (
          <Select
            key={name}
            className="fr-mb-2w"
            label={label}
            nativeSelectProps={{
              value: THRESHOLD_VALUES[name].map(String).includes(current) ? current : "",
              onChange: (e) => onChange(setThreshold(params, name, e.target.value ? Number(e.target.value) : null)),
            }}
          >
            <option value="">Toutes</option>
            {THRESHOLD_VALUES[name].map((v) => (
              <option key={v} value={v}>
                {option(v)}
              </option>
            ))}
          </Select>
        );
      })}
    </section>
  );
}
