import type { ReactNode } from "react";
import { graphql } from "../gql";
import type { ReviewItemFragment } from "../gql/graphql";
import { formatDate, label, usageDurationLabel, usageUsersLabel } from "../labels";

graphql(/* GraphQL */ `
  fragment ReviewItem on Review {
    id
    administration
    rating
    title
    body
    publishedAt
    createdAt
    usage {
      duration
      users
    }
    reply {
      body
    }
  }
`);

/** Published reviews: plain text (never HTML), the administration's name only, the supplier's reply. */
export function ReviewList({
  reviews,
  headingLevel = 3,
  renderActions,
}: {
  reviews: ReviewItemFragment[];
  headingLevel?: 3 | 4;
  /** Actions under a review (reply, flag). */
  renderActions?: (review: ReviewItemFragment) => ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="gt-plain-list">
      {reviews.map((r) => (
        <li key={r.id} className="fr-p-2w fr-mb-2w gt-account gt-review">
          <Heading className="fr-h6 fr-mb-1v">{r.title}</Heading>
          <p className="fr-text--sm fr-mb-1w">
            <strong>{r.rating} / 5</strong> · {r.administration} · {formatDate(r.publishedAt ?? r.createdAt)}
            {r.usage.duration && <> · {label(usageDurationLabel, r.usage.duration)}</>}
            {r.usage.users && <> · {label(usageUsersLabel, r.usage.users)}</>}
          </p>
          <p className="gt-prewrap fr-mb-1w">{r.body}</p>
          {r.reply && (
            <div className="fr-pl-2w gt-reply">
              <p className="fr-text--sm fr-text--bold fr-mb-1v">Réponse du fournisseur</p>
              <p className="fr-text--sm gt-prewrap fr-mb-0">{r.reply.body}</p>
            </div>
          )}
          {renderActions && <div className="fr-mt-2w">{renderActions(r)}</div>}
        </li>
      ))}
    </ul>
  );
}
