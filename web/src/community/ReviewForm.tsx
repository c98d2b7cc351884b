import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../gql";
import type { UsageDuration, UsageUsers } from "../gql/graphql";
import { describeError } from "../components/states";
import { usageDurationLabel, usageUsersLabel } from "../labels";

const CreateReviewMutation = graphql(/* GraphQL */ `
  mutation CreateReview($solutionId: ID!, $input: ReviewInput!) {
    createReview(solutionId: $solutionId, input: $input) {
      id
      solutionId
      status
      title
      rejectionReason
    }
  }
`);

export const REVIEW_BODY_MAX = 5000;

/** An agent's review of a solution: it waits for moderation before anyone sees it. */
export function ReviewForm({ solutionId, onPosted }: { solutionId: string; onPosted: () => void }) {
  const [create, { loading, error }] = useMutation(CreateReviewMutation);
  const [rating, setRating] = useState<number | null>(null);
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [duration, setDuration] = useState("");
  const [users, setUsers] = useState("");
  return (
    <form
      className="fr-p-3w gt-account"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!rating) return;
        const input = {
          rating,
          title: title.trim(),
          body: body.trim(),
          usage: { duration: (duration || null) as UsageDuration | null, users: (users || null) as UsageUsers | null },
        };
        const result = await create({ variables: { solutionId, input } }).catch(() => null);
        if (result?.data) onPosted();
      }}
    >
      <h3 className="fr-h5">Donner votre avis</h3>
      <p className="fr-text--sm">
        Votre avis sera relu par l'équipe du catalogue avant publication. Seul le nom de votre administration sera affiché.
      </p>
      {error && <Alert className="fr-mb-2w" severity="error" small description={describeError(error)} />}
      <RadioButtons
        legend="Note globale"
        orientation="horizontal"
        options={[1, 2, 3, 4, 5].map((n) => ({
          label: `${n} / 5`,
          nativeInputProps: { value: String(n), checked: rating === n, onChange: () => setRating(n), required: true, name: "note" },
        }))}
      />
      <Input
        label="Titre de votre avis"
        nativeInputProps={{ value: title, onChange: (e) => setTitle(e.target.value), required: true, maxLength: 120 }}
      />
      <Input
        label="Votre retour d'expérience"
        hintText={`Texte simple, ${REVIEW_BODY_MAX} caractères au plus.`}
        textArea
        nativeTextAreaProps={{ value: body, onChange: (e) => setBody(e.target.value), required: true, maxLength: REVIEW_BODY_MAX, rows: 5 }}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Depuis combien de temps l'utilisez-vous ? (facultatif)"
            nativeSelectProps={{ value: duration, onChange: (e) => setDuration(e.target.value) }}
          >
            <option value="">Non précisé</option>
            {Object.entries(usageDurationLabel).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Combien d'utilisateurs chez vous ? (facultatif)"
            nativeSelectProps={{ value: users, onChange: (e) => setUsers(e.target.value) }}
          >
            <option value="">Non précisé</option>
            {Object.entries(usageUsersLabel).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <Button type="submit" disabled={loading || !rating}>
        Envoyer mon avis
      </Button>
    </form>
  );
}
