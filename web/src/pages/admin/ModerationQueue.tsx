import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "@apollo/client/react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { graphql } from "../../gql";
import type { ModerationEntryFragment } from "../../gql/graphql";
import { ReasonForm } from "../../components/ReasonDialog";
import { EmptyState, describeError } from "../../components/states";
import { formatDate, label, reportCategoryLabel } from "../../labels";

/** Which solution a review or report is about, linked to its sheet (new tab: the queue stays put). */
function SolutionLine({ solution }: { solution: { name: string; slug: string } | null | undefined }) {
  return (
    <p className="fr-text--sm fr-mb-1w">
      Solution :{" "}
      {solution ? (
        <Link to={`/solutions/${solution.slug}`} target="_blank" rel="noopener" title={`${solution.name} - nouvelle fenêtre`}>
          {solution.name}
        </Link>
      ) : (
        "indisponible"
      )}
    </p>
  );
}

graphql(/* GraphQL */ `
  fragment ModerationEntry on ModerationItem {
    kind
    targetId
    since
    flags {
      reason
    }
    review {
      id
      solutionId
      solution {
        name
        slug
      }
      administration
      rating
      title
      body
    }
    report {
      id
      solutionId
      solution {
        name
        slug
      }
      category
      body
      contactEmail
    }
  }
`);

const ModerateMutation = graphql(/* GraphQL */ `
  mutation Moderate(
    $id: ID!
    $reason: String
    $publish: Boolean!
    $reject: Boolean!
    $dismissFlags: Boolean!
    $forward: Boolean!
    $resolve: Boolean!
    $dismiss: Boolean!
  ) {
    publishReview(id: $id, reason: $reason) @include(if: $publish) {
      id
      status
    }
    rejectReview(id: $id, reason: $reason) @include(if: $reject) {
      id
      status
    }
    dismissReviewFlags(id: $id, reason: $reason) @include(if: $dismissFlags) {
      id
      status
    }
    forwardReport(id: $id, reason: $reason) @include(if: $forward) {
      id
      status
    }
    resolveReport(id: $id, reason: $reason) @include(if: $resolve) {
      id
      status
    }
    dismissReport(id: $id, reason: $reason) @include(if: $dismiss) {
      id
      status
    }
  }
`);

type Decision = "publish" | "reject" | "dismissFlags" | "forward" | "resolve" | "dismiss";
const DECISIONS: Record<Decision, { label: string; confirm: string; reasonRequired: boolean; done: string }> = {
  publish: { label: "Publier l'avis", confirm: "Confirmer la publication", reasonRequired: false, done: "L'avis est publié." },
  reject: {
    label: "Refuser l'avis",
    confirm: "Confirmer le refus",
    reasonRequired: true,
    done: "L'avis est refusé ; son auteur verra le motif.",
  },
  dismissFlags: { label: "Lever les signalements", confirm: "Confirmer", reasonRequired: true, done: "Les signalements sont levés." },
  forward: {
    label: "Transmettre au fournisseur",
    confirm: "Confirmer la transmission",
    reasonRequired: false,
    done: "Le signalement est transmis au fournisseur.",
  },
  resolve: { label: "Marquer résolu", confirm: "Confirmer", reasonRequired: true, done: "Le signalement est résolu." },
  dismiss: { label: "Classer sans suite", confirm: "Confirmer", reasonRequired: true, done: "Le signalement est classé sans suite." },
};
const ACTIONS: Record<string, Decision[]> = {
  PENDING_REVIEW: ["publish", "reject"],
  FLAGGED_REVIEW: ["dismissFlags", "reject"],
  OPEN_REPORT: ["forward", "resolve", "dismiss"],
};
const KIND_LABEL: Record<string, string> = {
  PENDING_REVIEW: "Avis à modérer",
  FLAGGED_REVIEW: "Avis signalé",
  OPEN_REPORT: "Signalement d'erreur",
};

/** Pending reviews, flagged reviews and open reports; every decision asks for a reason where the API does. */
export function ModerationQueue({ items, onDone }: { items: ModerationEntryFragment[]; onDone: (message: string) => void }) {
  const [pending, setPending] = useState<{ id: string; decision: Decision } | null>(null);
  const [moderate, { loading, error }] = useMutation(ModerateMutation, { refetchQueries: ["Administration"] });
  if (items.length === 0) return <EmptyState title="Rien à modérer pour le moment" />;
  return (
    <>
      {error && <Alert className="fr-mb-2w" severity="error" small description={describeError(error)} />}
      <ul className="gt-plain-list">
        {items.map((item) => {
          const title = item.review ? item.review.title : label(reportCategoryLabel, item.report?.category);
          return (
            <li key={`${item.kind}-${item.targetId}`} className="fr-p-3w fr-mb-2w gt-account">
              <Badge small severity={item.kind === "OPEN_REPORT" ? "warning" : "info"}>
                {KIND_LABEL[item.kind]}
              </Badge>
              <h3 className="fr-h5 fr-mt-1w fr-mb-1w">{title}</h3>
              <SolutionLine solution={(item.review ?? item.report)?.solution} />
              {item.review && (
                <>
                  <p className="fr-text--sm fr-mb-1w">
                    <strong>{item.review.rating} / 5</strong> · {item.review.administration} · depuis le {formatDate(item.since)}
                  </p>
                  <p className="gt-prewrap">{item.review.body}</p>
                </>
              )}
              {item.report && (
                <>
                  <p className="fr-text--sm fr-mb-1w">
                    Depuis le {formatDate(item.since)}
                    {item.report.contactEmail && <> · contact : {item.report.contactEmail}</>}
                  </p>
                  <p className="gt-prewrap">{item.report.body}</p>
                </>
              )}
              {item.flags.length > 0 && (
                <p className="fr-text--sm">
                  <strong>Signalé :</strong> {item.flags.map((f) => f.reason).join(" ; ")}
                </p>
              )}
              {pending?.id === item.targetId ? (
                <ReasonForm
                  id={`mod-${item.targetId}`}
                  actionLabel={DECISIONS[pending.decision].confirm}
                  required={DECISIONS[pending.decision].reasonRequired}
                  busy={loading}
                  onCancel={() => setPending(null)}
                  onConfirm={async (reason) => {
                    const flags = Object.fromEntries(
                      (Object.keys(DECISIONS) as Decision[]).map((d) => [d, d === pending.decision]),
                    ) as Record<Decision, boolean>;
                    const result = await moderate({ variables: { id: item.targetId, reason, ...flags } }).catch(() => null);
                    if (result?.data) {
                      onDone(DECISIONS[pending.decision].done);
                      setPending(null);
                    }
                  }}
                />
              ) : (
                <div className="gt-card-meta">
                  {ACTIONS[item.kind].map((decision, i) => (
                    <Button
                      key={decision}
                      size="small"
                      priority={i === 0 ? "primary" : "secondary"}
                      onClick={() => setPending({ id: item.targetId, decision })}
                    >
                      {DECISIONS[decision].label}
                      <span className="fr-sr-only"> : {title}</span>
                    </Button>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
