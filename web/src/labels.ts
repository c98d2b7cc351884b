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

export const reportCategoryLabel: Record<string, string> = {
  WRONG_INFORMATION: "Information erronée",
  OUTDATED_INFORMATION: "Information périmée",
  BROKEN_LINK: "Lien cassé",
  MISLEADING_CLAIM: "Affirmation trompeuse",
  OTHER: "Autre",
};

export const reportStatusLabel: Record<string, string> = {
  OPEN: "Ouvert",
  FORWARDED: "Transmis au fournisseur",
  RESOLVED: "Résolu",
  DISMISSED: "Classé sans suite",
};

export const reviewStatusLabel: Record<string, string> = { PENDING: "En attente de modération", PUBLISHED: "Publié", REJECTED: "Refusé" };

export const dimensionLabel: Record<string, string> = {
  EASE_OF_USE: "Facilité d'utilisation",
  FUNCTIONAL_FIT: "Adéquation fonctionnelle",
  SUPPORT_QUALITY: "Qualité du support",
  VALUE_FOR_MONEY: "Rapport qualité-prix",
};

export const usageDurationLabel: Record<string, string> = {
  LESS_THAN_6_MONTHS: "Moins de 6 mois",
  SIX_TO_24_MONTHS: "De 6 à 24 mois",
  MORE_THAN_2_YEARS: "Plus de 2 ans",
};

export const usageUsersLabel: Record<string, string> = {
  UP_TO_10: "Jusqu'à 10 utilisateurs",
  UP_TO_100: "Jusqu'à 100 utilisateurs",
  UP_TO_1000: "Jusqu'à 1 000 utilisateurs",
  MORE_THAN_1000: "Plus de 1 000 utilisateurs",
};

export const formatRating = (value: number | null | undefined) =>
  value == null ? "—" : value.toLocaleString("fr-FR", { maximumFractionDigits: 1 });

export const evidenceLevelLabel: Record<string, string> = {
  DECLARED: "Déclaratif",
  EVIDENCED: "Preuve fournie",
  VERIFIED: "Vérifié par l'équipe",
};

export const assessmentStatusLabel: Record<string, string> = {
  DRAFT: "Brouillon",
  SUBMITTED: "Soumise, en attente de publication",
  RETURNED: "Renvoyée pour correction",
  PUBLISHED: "Publiée",
};

export const formatScore = (value: number | null | undefined) => (value == null ? "—" : `${Math.round(value)} / 100`);
