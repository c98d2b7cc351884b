import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../gql";
import { describeError } from "../components/states";

const FlagReviewMutation = graphql(/* GraphQL */ `
  mutation FlagReview($reviewId: ID!, $text: String!) {
    flagReview(reviewId: $reviewId, text: $text) {
      id
    }
  }
`);

/** "Signaler cet avis" (agents): a reason for the catalogue team, then a confirmation or the error. */
export function FlagReviewForm({ reviewId, reviewTitle }: { reviewId: string; reviewTitle: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [flag, { loading, error, data }] = useMutation(FlagReviewMutation);
  if (data)
    return (
      <Alert
        severity="success"
        small
        description={`Merci : l'avis « ${reviewTitle} » est signalé à l'équipe du catalogue, qui l'examinera.`}
      />
    );
  if (!open)
    return (
      <Button size="small" priority="tertiary" iconId="fr-icon-flag-line" onClick={() => setOpen(true)}>
        Signaler<span className="fr-sr-only"> l'avis : {reviewTitle}</span>
      </Button>
    );
  const empty = reason.trim().length === 0;
  return (
    <form
      className="fr-mt-2w"
      onSubmit={(e) => {
        e.preventDefault();
        if (!empty) void flag({ variables: { reviewId, text: reason.trim() } }).catch(() => undefined);
      }}
    >
      <Input
        label="Pourquoi signalez-vous cet avis ? (obligatoire)"
        hintText="Par exemple : propos injurieux, données personnelles, avis sans rapport avec la solution. Votre nom n'est pas communiqué."
        textArea
        nativeTextAreaProps={{ id: `flag-${reviewId}`, value: reason, onChange: (e) => setReason(e.target.value), required: true, rows: 2 }}
      />
      {error && <Alert className="fr-mb-2w" severity="error" small description={describeError(error)} />}
      <div className="gt-card-meta">
        <Button size="small" type="submit" disabled={empty || loading}>
          Envoyer le signalement
        </Button>
        <Button size="small" priority="secondary" type="button" onClick={() => setOpen(false)}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
