import type { ReactNode } from "react";
import { Link } from "react-router";
import type { CompareSolutionFragment } from "../../gql/graphql";
import {
  deploymentLabel,
  distributionLabel,
  formatRating,
  formatScore,
  label,
  pricingLabel,
  sillLabel,
  targetPublicLabel,
} from "../../labels";

interface Row {
  label: string;
  value: (s: CompareSolutionFragment) => string;
}

const ROWS: Row[] = [
  { label: "Fournisseur", value: (s) => s.supplier?.name ?? "—" },
  { label: "Distribution", value: (s) => label(distributionLabel, s.distribution) },
  { label: "Licences", value: (s) => s.licences.join(", ") || "—" },
  { label: "Déploiement", value: (s) => label(deploymentLabel, s.deployment) },
  { label: "Modèle de prix", value: (s) => s.pricingModels.map((p) => label(pricingLabel, p)).join(", ") || "—" },
  { label: "Public cible", value: (s) => s.targetPublics.map((p) => label(targetPublicLabel, p)).join(", ") || "—" },
  { label: "SILL", value: (s) => (s.sillRecommendation ? label(sillLabel, s.sillRecommendation) : "Non référencé") },
  { label: "Centrales d'achat", value: (s) => s.purchasingCentrals.map((p) => p.central.code).join(", ") || "Aucune" },
  { label: "Note globale", value: (s) => (s.assessment ? formatScore(s.assessment.overallScore) : "Non évaluée") },
  {
    label: "Avis des agents",
    value: (s) => (s.rating && s.rating.count > 0 ? `${formatRating(s.rating.average)} / 5 (${s.rating.count} avis)` : "Aucun avis"),
  },
];

/** One row per theme of the grid, aligned across solutions. */
function themeRows(solutions: CompareSolutionFragment[]): Row[] {
  const themes = new Map<string, string>();
  for (const s of solutions) for (const t of s.scores ?? []) themes.set(t.theme, t.label);
  return [...themes].map(([theme, themeLabel]) => ({
    label: `Score : ${themeLabel}`,
    value: (s) => {
      const score = s.scores?.find((t) => t.theme === theme);
      return score ? (score.value == null ? "Non applicable" : formatScore(score.value)) : "Non évaluée";
    },
  }));
}

/** Solutions side by side; a row whose values differ is highlighted and says so. */
export function CompareTable({ solutions, extraRows = [] }: { solutions: CompareSolutionFragment[]; extraRows?: Row[] }) {
  return (
    <div className="fr-table fr-table--bordered gt-compare">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>Comparaison de {solutions.length} solutions (les lignes où elles diffèrent sont surlignées)</caption>
              <thead>
                <tr>
                  <th scope="col">Critère</th>
                  {solutions.map((s) => (
                    <th scope="col" key={s.id}>
                      <Link to={`/solutions/${s.slug}`}>{s.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...ROWS, ...themeRows(solutions), ...extraRows].map((row) => {
                  const values = solutions.map(row.value);
                  const differs = new Set(values).size > 1;
                  return (
                    <tr key={row.label} className={differs ? "gt-diff" : undefined}>
                      <th scope="row">
                        {row.label}
                        {differs && (
                          <span className="fr-icon-error-warning-line fr-icon--sm fr-ml-1v" title="Valeurs différentes">
                            <span className="fr-sr-only"> (valeurs différentes)</span>
                          </span>
                        )}
                      </th>
                      {values.map((v, i) => (
                        <td key={solutions[i].id}>{v as ReactNode}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
