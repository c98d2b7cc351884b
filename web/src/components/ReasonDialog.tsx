import { useState } from "react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";

/**
 * An inline form asking for a reason before a moderation action; `required` when the
 * API needs one. Calls onConfirm with the trimmed reason (null when empty and optional).
 */
export function ReasonForm({
  id,
  actionLabel,
  required,
  onConfirm,
  onCancel,
  busy,
}: {
  id: string;
  actionLabel: string;
  required: boolean;
  onConfirm: (reason: string | null) => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const [reason, setReason] = useState("");
  const missing = required && reason.trim().length === 0;
  return (
    <form
      className="fr-mt-2w"
      onSubmit={(e) => {
        e.preventDefault();
        if (!missing) onConfirm(reason.trim() || null);
      }}
    >
      <Input
        label={required ? "Motif (obligatoire, communiqué au demandeur)" : "Motif (facultatif, communiqué au demandeur)"}
        textArea
        nativeTextAreaProps={{ id: `${id}-reason`, value: reason, onChange: (e) => setReason(e.target.value), required, rows: 2 }}
      />
      <div className="gt-card-meta">
        <Button size="small" type="submit" disabled={missing || busy}>
          {actionLabel}
        </Button>
        <Button size="small" priority="secondary" type="button" onClick={onCancel}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
