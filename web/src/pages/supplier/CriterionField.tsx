import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import type { AssessmentCriterionFragment } from "../../gql/graphql";
import type { FormAnswer } from "./assessment-form-state";

/** One criterion: its answer (control by answer type), the proof URL and a comment. */
export function CriterionField({
  criterion: c,
  answer,
  disabled,
  onChange,
}: {
  criterion: AssessmentCriterionFragment;
  answer: FormAnswer;
  disabled: boolean;
  onChange: (next: FormAnswer) => void;
}) {
  const label = `${c.code} — ${c.label}${c.eliminatory ? " (éliminatoire)" : ""}`;
  const na = c.naAllowed
    ? [
        <option key="NA" value="NA">
          Non applicable
        </option>,
      ]
    : [];
  const setValue = (value: string) => onChange({ ...answer, value });
  return (
    <div className="fr-p-2w fr-mb-2w gt-account gt-criterion">
      {c.answerType === "PERCENT" || c.answerType === "NUMBER" ? (
        <Input
          label={label}
          hintText={c.help}
          disabled={disabled || answer.value === "NA"}
          nativeInputProps={{
            type: "number",
            min: 0,
            max: c.answerType === "PERCENT" ? 100 : undefined,
            value: answer.value === "NA" ? "" : answer.value,
            onChange: (e) => setValue(e.target.value),
            ...{ "data-criterion": c.code },
          }}
        />
      ) : (
        <Select
          label={label}
          hint={c.help}
          disabled={disabled}
          nativeSelectProps={{ value: answer.value, onChange: (e) => setValue(e.target.value), ...{ "data-criterion": c.code } }}
        >
          <option value="">Sans réponse</option>
          {c.answerType === "YES_NO" && [
            <option key="t" value="true">
              Oui
            </option>,
            <option key="f" value="false">
              Non
            </option>,
          ]}
          {c.answerType === "CHOICE" &&
            c.options?.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label}
              </option>
            ))}
          {c.answerType === "LEVEL" &&
            (c.levels ?? [0, 1, 2, 3].map((value) => ({ value, label: `Niveau ${value}` }))).map((l) => (
              <option key={l.value} value={String(l.value)}>
                {l.label}
              </option>
            ))}
          {na}
        </Select>
      )}
      {(c.answerType === "PERCENT" || c.answerType === "NUMBER") && c.naAllowed && (
        <Checkbox
          small
          disabled={disabled}
          options={[
            {
              label: (
                <>
                  Non applicable<span className="fr-sr-only"> ({c.code})</span>
                </>
              ),
              nativeInputProps: {
                checked: answer.value === "NA",
                onChange: (e) => setValue(e.target.checked ? "NA" : ""),
                ...{ "data-na-criterion": c.code },
              },
            },
          ]}
        />
      )}
      {/* Proof and comment are optional: folded unless filled, so the 72 criteria stay scannable. */}
      <details className="gt-criterion-extra fr-mt-1w" open={!!(answer.evidenceUrl || answer.comment) || undefined}>
        <summary className="fr-text--sm">
          Preuve et commentaire<span className="fr-sr-only"> pour {c.code}</span>
          {answer.evidenceUrl || answer.comment ? " (renseignés)" : " (facultatifs)"}
        </summary>
        <Input
          className="fr-mt-2w"
          label={`Preuve pour ${c.code} (adresse web, facultatif)`}
          disabled={disabled}
          nativeInputProps={{
            type: "url",
            value: answer.evidenceUrl,
            onChange: (e) => onChange({ ...answer, evidenceUrl: e.target.value }),
          }}
        />
        <Input
          label={
            <>
              Commentaire<span className="fr-sr-only"> sur {c.code}</span> (facultatif)
            </>
          }
          disabled={disabled}
          textArea
          nativeTextAreaProps={{
            rows: 2,
            maxLength: 2000,
            value: answer.comment,
            onChange: (e) => onChange({ ...answer, comment: e.target.value }),
          }}
        />
      </details>
    </div>
  );
}
