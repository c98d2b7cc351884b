import { graphql } from "../gql";
import type { ThemeScoreBarFragment } from "../gql/graphql";
import { formatScore } from "../labels";

graphql(/* GraphQL */ `
  fragment ThemeScoreBar on ThemeScore {
    theme
    label
    value
    applicable
    answered
  }
`);

/**
 * Scores per theme as horizontal bars, read at a glance; each bar carries its number in
 * text, so the list itself is the text alternative.
 */
export function ScoreChart({ scores, caption }: { scores: ThemeScoreBarFragment[]; caption: string }) {
  return (
    <figure className="gt-chart fr-m-0">
      <figcaption className="fr-text--bold fr-mb-2w">{caption}</figcaption>
      <ul className="gt-plain-list">
        {scores.map((s) => (
          <li key={s.theme} className="gt-chart-row">
            <span className="gt-chart-label">{s.label}</span>
            <span className="gt-score-bar" aria-hidden="true">
              <span style={{ width: `${Math.max(0, Math.min(100, s.value ?? 0))}%` }} />
            </span>
            <span className="gt-chart-value">
              {s.value == null ? "non applicable" : formatScore(s.value)}
              <span className="fr-sr-only">
                {" "}
                ({s.answered} critères renseignés sur {s.applicable})
              </span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
