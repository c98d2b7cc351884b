/** French labels for the API's enum values. */
export const distributionLabel: Record<string, string> = {
  OPEN_SOURCE: "Logiciel libre",
  PROPRIETARY: "Propriétaire",
  HYBRID: "Mixte (cœur libre)",
};

export const deploymentLabel: Record<string, string> = {
  ON_PREMISE: "Sur site",
  CLOUD: "En nuage (SaaS)",
  HYBRID: "Hybride",
};

export const pricingLabel: Record<string, string> = {
  FREE: "Gratuit",
  LICENCE_PURCHASE: "Achat de licence",
  SUBSCRIPTION: "Abonnement",
  ON_QUOTE: "Sur devis",
};

export const targetPublicLabel: Record<string, string> = {
  STATE: "État",
  LOCAL_AUTHORITY: "Collectivités territoriales",
  HOSPITAL: "Établissements de santé",
  PUBLIC_OPERATOR: "Opérateurs publics",
};

export const solutionStatusLabel: Record<string, string> = {
  DRAFT: "Brouillon",
  PENDING_REVIEW: "En attente de référencement",
  PUBLISHED: "Publiée",
  REJECTED: "Refusée",
  ARCHIVED: "Archivée",
};

export const sillLabel: Record<string, string> = {
  RECOMMENDED: "Recommandé au SILL",
  IN_OBSERVATION: "En observation au SILL",
  NO_LONGER_RECOMMENDED: "N'est plus recommandé au SILL",
};

export const label = (table: Record<string, string>, value: string | null | undefined) => (value ? (table[value] ?? value) : "—");

export const formatDate = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric" }) : "—";
