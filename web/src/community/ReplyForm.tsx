import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../gql";
import { describeError } from "../components/states";

const ReplyToReviewMutation = graphql(/* GraphQL */ `
  mutation ReplyToReview($reviewId: ID!, $text: String!) {
    replyToReview(reviewId: $reviewId, text: $text) {
      body
      createdAt
      updatedAt
    }
  }
`);

/** The owning supplier's public reply to a review (one per review); shown under the review once sent. */
export function ReplyForm({ reviewId, reviewTitle }: { reviewId: string; reviewTitle: string }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [reply, { loading, error }] = useMutation(ReplyToReviewMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify({ __typename: "Review", id: reviewId }),
        fields: { reply: () => data.replyToReview },
      });
    },
  });
  if (!open)
    return (
      <Button size="small" priority="secondary" iconId="fr-icon-chat-3-line" onClick={() => setOpen(true)}>
        Répondre<span className="fr-sr-only"> à l'avis : {reviewTitle}</span>
      </Button>
    );
  const empty = text.trim().length === 0;
  return (
    <form
      className="fr-mt-2w"
      onSubmit={(e) => {
        e.preventDefault();
        if (!empty) void reply({ variables: { reviewId, text: text.trim() } }).catch(() => undefined);
      }}
    >
      <Input
        label="Votre réponse publique"
        hintText="Elle s'affiche sous l'avis, pour tous les agents. Une seule réponse par avis."
        textArea
        nativeTextAreaProps={{ id: `reply-${reviewId}`, value: text, onChange: (e) => setText(e.target.value), required: true, rows: 3 }}
      />
      {error && <Alert className="fr-mb-2w" severity="error" small description={describeError(error)} />}
      <div className="gt-card-meta">
        <Button size="small" type="submit" disabled={empty || loading}>
          Publier la réponse
        </Button>
        <Button size="small" priority="secondary" type="button" onClick={() => setOpen(false)}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
