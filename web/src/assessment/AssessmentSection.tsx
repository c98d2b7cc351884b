import { useState } from "react";
import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { graphql } from "../gql";
import type { GridThemesFragment, PublishedAssessmentFragment, ThemeScoreBarFragment } from "../gql/graphql";
import { evidenceLevelLabel, formatDate, formatScore, label } from "../labels";
import { safeUrl } from "../components/Markdown";
import { ScoreChart } from "./ScoreChart";
import { answerText } from "./answer-text";
import { VerifyAnswerButton } from "./VerifyAnswerButton";

graphql(/* GraphQL */ `
  fragment PublishedAssessment on Assessment {
    id
    gridVersion
    overallScore
    completeness
    failedEliminatory
    publishedAt
    answers {
      criterionCode
      notApplicable
      booleanValue
      numberValue
      choice
      evidenceUrl
      evidenceLevel
      comment
    }
  }
`);

graphql(/* GraphQL */ `
  fragment GridThemes on GridVersion {
    version
    themes {
      code
      label
      criteria {
        code
        label
        answerType
        eliminatory
        options {
          code
          label
        }
        levels {
          value
          label
        }
      }
    }
  }
`);

const EVIDENCE_SEVERITY = { DECLARED: undefined, EVIDENCED: "info", VERIFIED: "success" } as const;

/** The published assessment: overall score, chart per theme, then every answer with its evidence. */
export function AssessmentSection({
  assessment,
  scores,
  grid,
  verifyAs,
}: {
  assessment: PublishedAssessmentFragment | null | undefined;
  scores: ThemeScoreBarFragment[] | null | undefined;
  grid: GridThemesFragment | null | undefined;
  /** For the catalogue team: the solution's name, and each answer with a proof can be (un)verified here. */
  verifyAs?: { solutionName: string };
}) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="fr-mt-6w" aria-labelledby="evaluation">
      <h2 id="evaluation">Évaluation</h2>
      {!assessment || !scores ? (
        <p>Le fournisseur n'a pas encore publié d'évaluation sur la grille du catalogue.</p>
      ) : (
        <>
          <p className="fr-text--lg">
            Note globale : <strong>{formatScore(assessment.overallScore)}</strong> · complétude {Math.round(assessment.completeness)} % ·
            publiée le {formatDate(assessment.publishedAt)}
          </p>
          {assessment.failedEliminatory.length > 0 && (
            <p className="fr-badge fr-badge--error fr-mb-2w">
              Critères éliminatoires non satisfaits : {assessment.failedEliminatory.join(", ")}
            </p>
          )}
          <ScoreChart scores={scores} caption="Score par thème (sur 100)" />
          {notice && <Alert className="fr-mt-2w" severity="success" small description={notice} />}
          {grid && (
            <div className="fr-mt-4w">
              <h3 className="fr-h5">Réponses et niveaux de preuve</h3>
              <div className="fr-accordions-group">
                {grid.themes.map((theme) => (
                  <Accordion key={theme.code} label={theme.label}>
                    <ul className="gt-plain-list">
                      {theme.criteria.map((c) => {
                        const answer = assessment.answers.find((a) => a.criterionCode === c.code);
                        return (
                          <li key={c.code} className="fr-mb-2w">
                            <p className="fr-mb-1v">
                              <strong>{c.code}</strong> — {c.label}
                            </p>
                            <p className="fr-text--sm fr-mb-0">
                              {answerText(c, answer)}{" "}
                              {answer && !answer.notApplicable && (
                                <Badge small noIcon severity={EVIDENCE_SEVERITY[answer.evidenceLevel]}>
                                  {label(evidenceLevelLabel, answer.evidenceLevel)}
                                </Badge>
                              )}{" "}
                              {answer?.evidenceUrl && safeUrl(answer.evidenceUrl) && (
                                <a
                                  href={safeUrl(answer.evidenceUrl)}
                                  target="_blank"
                                  rel="noopener noreferrer nofollow"
                                  title={`Preuve pour ${c.code} - nouvelle fenêtre`}
                                >
                                  Preuve
                                </a>
                              )}
                            </p>
                            {verifyAs && answer?.evidenceUrl && (
                              <VerifyAnswerButton
                                assessmentId={assessment.id}
                                criterionCode={c.code}
                                verified={answer.evidenceLevel === "VERIFIED"}
                                solutionName={verifyAs.solutionName}
                                refetch="SolutionPage"
                                onDone={setNotice}
                              />
                            )}
                            {answer?.comment && <p className="fr-text--xs fr-mb-0">{answer.comment}</p>}
                          </li>
                        );
                      })}
                    </ul>
                  </Accordion>
                ))}
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
