import { graphql } from "../gql";
import type { RatingSummaryFragment } from "../gql/graphql";
import { dimensionLabel, formatRating, label } from "../labels";

graphql(/* GraphQL */ `
  fragment RatingSummary on SolutionRating {
    average
    count
    distribution {
      rating
      count
    }
    dimensions {
      dimension
      average
      count
    }
  }
`);

/** The aggregate rating, visible to everyone: average, count and the five buckets as bars with their numbers. */
export function RatingSummary({ rating }: { rating: RatingSummaryFragment }) {
  if (rating.count === 0) return <p>Aucun avis publié pour le moment.</p>;
  const max = Math.max(...rating.distribution.map((b) => b.count), 1);
  return (
    <div className="gt-rating">
      <p className="fr-text--lg fr-mb-1w">
        <strong>{formatRating(rating.average)} / 5</strong> — {rating.count} avis publié{rating.count > 1 ? "s" : ""}
      </p>
      <ul className="gt-plain-list gt-buckets" aria-label="Répartition des notes">
        {[...rating.distribution]
          .sort((a, b) => b.rating - a.rating)
          .map((b) => (
            <li key={b.rating}>
              <span className="gt-bucket-label">
                {b.rating} étoile{b.rating > 1 ? "s" : ""}
              </span>
              <span className="gt-score-bar" aria-hidden="true">
                <span style={{ width: `${(b.count / max) * 100}%` }} />
              </span>
              <span>{b.count} avis</span>
            </li>
          ))}
      </ul>
      {rating.dimensions.length > 0 && (
        <dl className="fr-mt-2w">
          {rating.dimensions.map((d) => (
            <div key={d.dimension} className="gt-dimension">
              <dt>{label(dimensionLabel, d.dimension)}</dt>
              <dd>
                {formatRating(d.average)} / 5 ({d.count} avis)
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
