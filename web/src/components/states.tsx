import type { ReactNode } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ErrorLike } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** Shown while a page's data is on its way. */
export function Loading({ label = "Chargement en cours…" }: { label?: string }) {
  return (
    <div className="gt-loading" role="status" aria-live="polite">
      <span className="fr-icon-refresh-line gt-spin" aria-hidden="true" />
      <p className="fr-mb-0">{label}</p>
    </div>
  );
}

/** A failure that left nothing to show. */
export function ErrorState({ error, title = "Le chargement a échoué" }: { error?: ErrorLike; title?: string }) {
  return (
    <Alert
      severity="error"
      title={title}
      description={
        <>
          {describeError(error)} Vous pouvez <a href={window.location.href}>recharger la page</a> ou réessayer dans quelques instants.
        </>
      }
    />
  );
}

/** Nothing matched: say so and suggest what to do. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="gt-empty fr-p-4w">
      <span className="fr-icon-search-line gt-empty-icon" aria-hidden="true" />
      <p className="fr-text--lg fr-text--bold fr-mb-1w">{title}</p>
      {children}
    </div>
  );
}

/** Data came back with errors (one subgraph down): show what came back and warn. */
export function PartialNotice({ error }: { error?: ErrorLike }) {
  if (!error) return null;
  return (
    <Alert
      className="fr-mb-3w"
      severity="warning"
      small
      description="Une partie des informations de cette page n'a pas pu être chargée (un service est momentanément indisponible). Ce qui s'affiche reste à jour."
    />
  );
}

/** A French sentence for an Apollo error, without technical detail. */
export function describeError(error?: ErrorLike): string {
  if (!error) return "Une erreur inattendue s'est produite.";
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes("UNAUTHENTICATED")) return "Votre session a expiré : reconnectez-vous.";
    if (codes.includes("FORBIDDEN")) return "Vous n'avez pas accès à ces informations.";
    if (codes.includes("RATE_LIMITED")) return "Trop de requêtes en peu de temps : patientez quelques secondes.";
    if (codes.includes("CONFLICT")) return "Quelqu'un a modifié ces données entre-temps : rechargez la page pour voir la dernière version.";
    const userMessages = error.errors.filter((e) => e.extensions?.code === "BAD_USER_INPUT").map((e) => e.message);
    if (userMessages.length) return userMessages.join(" ");
    return "Le service a répondu par une erreur.";
  }
  return "Le service est injoignable.";
}
