import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { graphql } from "../../gql";
import type { ReferencingRequestFragment } from "../../gql/graphql";
import { ReasonForm } from "../../components/ReasonDialog";
import { EmptyState, describeError } from "../../components/states";
import { deploymentLabel, distributionLabel, formatDate, label } from "../../labels";

graphql(/* GraphQL */ `
  fragment ReferencingRequest on Solution {
    id
    slug
    name
    tagline
    distribution
    deployment
    updatedAt
    supplier {
      id
      name
    }
  }
`);

const AcceptMutation = graphql(/* GraphQL */ `
  mutation AcceptSolution($id: ID!, $reason: String) {
    acceptSolution(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const RejectMutation = graphql(/* GraphQL */ `
  mutation RejectSolution($id: ID!, $reason: String) {
    rejectSolution(id: $id, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);

type Action = { id: string; kind: "accept" | "reject" };

/** Referencing requests: publish, or reject with a reason shown to the supplier. */
export function ReferencingQueue({ requests, onDone }: { requests: ReferencingRequestFragment[]; onDone: (message: string) => void }) {
  const [action, setAction] = useState<Action | null>(null);
  const options = { refetchQueries: ["Administration"] };
  const [accept, acceptState] = useMutation(AcceptMutation, options);
  const [reject, rejectState] = useMutation(RejectMutation, options);
  const failure = acceptState.error ?? rejectState.error;
  if (requests.length === 0) return <EmptyState title="Aucune demande de référencement en attente" />;
  return (
    <>
      {failure && <Alert className="fr-mb-2w" severity="error" small description={describeError(failure)} />}
      <ul className="gt-plain-list">
        {requests.map((s) => (
          <li key={s.id} className="fr-p-3w fr-mb-2w gt-account">
            <h3 className="fr-h5 fr-mb-1w">{s.name}</h3>
            <p className="fr-mb-1w">{s.tagline}</p>
            <p className="fr-text--sm fr-mb-2w">
              {s.supplier?.name ?? "Fournisseur inconnu"} · {label(distributionLabel, s.distribution)} ·{" "}
              {label(deploymentLabel, s.deployment)} · demandé le {formatDate(s.updatedAt)}
            </p>
            {action?.id === s.id ? (
              <ReasonForm
                id={`ref-${s.id}`}
                actionLabel={action.kind === "accept" ? "Confirmer la publication" : "Confirmer le refus"}
                required={action.kind === "reject"}
                busy={acceptState.loading || rejectState.loading}
                onCancel={() => setAction(null)}
                onConfirm={async (reason) => {
                  const run = action.kind === "accept" ? accept : reject;
                  const result = await run({ variables: { id: s.id, reason } }).catch(() => null);
                  if (result?.data) {
                    setAction(null);
                    onDone(action.kind === "accept" ? `« ${s.name} » est publiée.` : `La demande pour « ${s.name} » est refusée.`);
                  }
                }}
              />
            ) : (
              <div className="gt-card-meta">
                <Button size="small" onClick={() => setAction({ id: s.id, kind: "accept" })}>
                  Publier<span className="fr-sr-only"> {s.name}</span>
                </Button>
                <Button size="small" priority="secondary" onClick={() => setAction({ id: s.id, kind: "reject" })}>
                  Refuser<span className="fr-sr-only"> {s.name}</span>
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
