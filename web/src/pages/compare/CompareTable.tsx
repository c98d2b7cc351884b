import { Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import type { CompareSolutionFragment, GridThemesFragment } from "../../gql/graphql";
import { answerText } from "../../assessment/answer-text";
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
  /** Starts a group of rows (a theme of the grid). */
  group?: string;
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

/** One row per criterion of the grid, grouped by theme: each solution's answer, aligned. */
function criterionRows(solutions: CompareSolutionFragment[], grid: GridThemesFragment | null | undefined): Row[] {
  if (!grid || !solutions.some((s) => s.assessment)) return [];
  return grid.themes.flatMap((theme) =>
    theme.criteria.map((c, i) => ({
      label: `${c.code} — ${c.label}`,
      group: i === 0 ? `Réponses : ${theme.label}` : undefined,
      value: (s: CompareSolutionFragment) =>
        s.assessment
          ? answerText(
              c,
              s.assessment.answers.find((a) => a.criterionCode === c.code),
            )
          : "Non évaluée",
    })),
  );
}

/** Solutions side by side; a row whose values differ is highlighted and says so. */
export function CompareTable({
  solutions,
  grid,
  extraRows = [],
}: {
  solutions: CompareSolutionFragment[];
  grid?: GridThemesFragment | null;
  extraRows?: Row[];
}) {
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
                {[...ROWS, ...themeRows(solutions), ...criterionRows(solutions, grid), ...extraRows].map((row) => {
                  const values = solutions.map(row.value);
                  const differs = new Set(values).size > 1;
                  return (
                    <Fragment key={row.label}>
                      {row.group && (
                        <tr className="gt-compare-group">
                          <th scope="colgroup" colSpan={solutions.length + 1}>
                            {row.group}
                          </th>
                        </tr>
                      )}
                      <tr className={differs ? "gt-diff" : undefined}>
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
                    </Fragment>
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
