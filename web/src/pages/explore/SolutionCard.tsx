import { Card } from "@codegouvfr/react-dsfr/Card";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { graphql } from "../../gql";
import type { SolutionCardFragment } from "../../gql/graphql";
import { distributionLabel, deploymentLabel, formatRating, formatScore, label } from "../../labels";
import { MAX_COMPARED, toggleCompared, useCompareSelection } from "../../compare/compare-selection";

graphql(/* GraphQL */ `
  fragment SolutionCard on Solution {
    id
    slug
    name
    tagline
    distribution
    deployment
    supplier {
      id
      name
    }
    assessment {
      id
      overallScore
    }
    rating {
      average
      count
    }
  }
`);

/** One result: name, pitch, supplier, distribution; a checkbox adds it to the comparison. */
export function SolutionCard({ solution }: { solution: SolutionCardFragment }) {
  const compared = useCompareSelection();
  const isCompared = compared.some((c) => c.id === solution.id);
  const full = !isCompared && compared.length >= MAX_COMPARED;
  return (
    <Card
      title={solution.name}
      titleAs="h3"
      linkProps={{ to: `/solutions/${solution.slug}` }}
      desc={
        <>
          {solution.tagline}
          <span className="gt-card-facts fr-mt-1w">
            <span>Note globale : {solution.assessment ? formatScore(solution.assessment.overallScore) : "non évaluée"}</span>
            <span>
              Avis :{" "}
              {solution.rating && solution.rating.count > 0
                ? `${formatRating(solution.rating.average)} / 5 (${solution.rating.count})`
                : "aucun"}
            </span>
          </span>
        </>
      }
      detail={solution.supplier ? `Fournisseur : ${solution.supplier.name}` : "Fournisseur non renseigné"}
      start={
        <ul className="fr-badges-group">
          <li>
            <Badge small noIcon severity={solution.distribution === "OPEN_SOURCE" ? "success" : "info"}>
              {label(distributionLabel, solution.distribution)}
            </Badge>
          </li>
          <li>
            <Badge small noIcon>
              {label(deploymentLabel, solution.deployment)}
            </Badge>
          </li>
        </ul>
      }
      footer={
        <Checkbox
          small
          options={[
            {
              label: `Comparer ${solution.name}`,
              nativeInputProps: {
                checked: isCompared,
                disabled: full,
                onChange: () => toggleCompared({ id: solution.id, name: solution.name }),
              },
            },
          ]}
        />
      }
      size="small"
    />
  );
}
