import type { ReactNode } from "react";
import { graphql } from "../../gql";
import type { SolutionFactsFragment } from "../../gql/graphql";
import { deploymentLabel, distributionLabel, formatDate, label, pricingLabel, sillLabel, targetPublicLabel } from "../../labels";
import { safeUrl } from "../../components/Markdown";

graphql(/* GraphQL */ `
  fragment SolutionFacts on Solution {
    distribution
    deployment
    licences
    pricingModels
    targetPublics
    sillRecommendation
    publishedAt
    supplier {
      id
      name
      kind
      website
    }
    categories {
      id
      code
      label
      theme {
        id
        label
      }
    }
    purchasingCentrals {
      reference
      central {
        id
        code
        name
        website
      }
    }
  }
`);

/** The sheet's key facts, as a description list. */
export function SolutionFacts({ solution }: { solution: SolutionFactsFragment }) {
  const rows: [string, ReactNode][] = [
    ["Fournisseur", solution.supplier?.name ?? "Non renseigné"],
    ["Distribution", label(distributionLabel, solution.distribution)],
    ["Licences", solution.licences.length ? solution.licences.join(", ") : "—"],
    ["Déploiement", label(deploymentLabel, solution.deployment)],
    ["Modèle de prix", solution.pricingModels.map((p) => label(pricingLabel, p)).join(", ") || "—"],
    ["Public cible", solution.targetPublics.map((p) => label(targetPublicLabel, p)).join(", ") || "—"],
    ["Besoins couverts", solution.categories.map((c) => (c.theme ? `${c.theme.label} › ${c.label}` : c.label)).join(" ; ") || "—"],
    ["SILL", solution.sillRecommendation ? label(sillLabel, solution.sillRecommendation) : "Non référencé"],
    ["Publiée le", formatDate(solution.publishedAt)],
  ];
  return (
    <div className="fr-p-3w gt-facts">
      <h2 id="en-bref" className="fr-h5">
        En bref
      </h2>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term} className="fr-mb-1w">
            <dt className="fr-text--bold fr-mb-0">{term}</dt>
            <dd className="fr-ml-0">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="fr-h6 fr-mt-3w">Centrales d'achat</h3>
      {solution.purchasingCentrals.length === 0 ? (
        <p className="fr-text--sm">Cette solution n'est référencée dans aucune centrale d'achat publique.</p>
      ) : (
        <ul>
          {solution.purchasingCentrals.map((p) => (
            <li key={p.central.id}>
              {p.central.website && safeUrl(p.central.website) ? (
                <a
                  href={safeUrl(p.central.website)}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={`${p.central.name} - nouvelle fenêtre`}
                >
                  {p.central.name}
                </a>
              ) : (
                p.central.name
              )}
              {p.reference && <> (référence {p.reference})</>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
