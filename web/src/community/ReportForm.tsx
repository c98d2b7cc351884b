import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../gql";
import type { ReportCategory } from "../gql/graphql";
import { describeError } from "../components/states";
import { reportCategoryLabel } from "../labels";

const ReportAnomalyMutation = graphql(/* GraphQL */ `
  mutation ReportAnomaly($input: AnomalyReportInput!) {
    reportAnomaly(input: $input) {
      id
      status
    }
  }
`);

/** "Signaler une erreur": anyone, anonymous included; the catalogue team triages it. */
export function ReportForm({ solutionId }: { solutionId: string }) {
  const [report, { loading, error, data }] = useMutation(ReportAnomalyMutation);
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState("WRONG_INFORMATION");
  const [text, setText] = useState("");
  const [email, setEmail] = useState("");
  if (data) return <Alert severity="success" small description="Merci : votre signalement a été transmis à l'équipe du catalogue." />;
  if (!open)
    return (
      <Button priority="secondary" iconId="fr-icon-flag-line" onClick={() => setOpen(true)}>
        Signaler une erreur sur cette fiche
      </Button>
    );
  return (
    <form
      className="fr-p-3w gt-account"
      onSubmit={(e) => {
        e.preventDefault();
        void report({
          variables: { input: { solutionId, category: category as ReportCategory, text: text.trim(), contactEmail: email.trim() || null } },
        }).catch(() => null);
      }}
    >
      <h3 className="fr-h5">Signaler une erreur</h3>
      {error && <Alert className="fr-mb-2w" severity="error" small description={describeError(error)} />}
      <Select label="Nature de l'erreur" nativeSelectProps={{ value: category, onChange: (e) => setCategory(e.target.value) }}>
        {Object.entries(reportCategoryLabel).map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </Select>
      <Input
        label="Description"
        textArea
        nativeTextAreaProps={{ value: text, onChange: (e) => setText(e.target.value), required: true, maxLength: 2000, rows: 4 }}
      />
      <Input
        label="Votre adresse électronique (facultatif)"
        hintText="Pour vous tenir informé ; elle n'est montrée qu'à l'équipe du catalogue."
        nativeInputProps={{ type: "email", autoComplete: "email", value: email, onChange: (e) => setEmail(e.target.value) }}
      />
      <div className="gt-card-meta">
        <Button type="submit" disabled={loading}>
          Envoyer le signalement
        </Button>
        <Button type="button" priority="secondary" onClick={() => setOpen(false)}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
