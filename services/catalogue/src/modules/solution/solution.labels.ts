import { Deployment, Distribution, TargetPublic } from "./solution.enums";

/** French labels shown in facets. */
export const LABELS: Record<string, string> = {
  [Distribution.OPEN_SOURCE]: "Open source",
  [Distribution.PROPRIETARY]: "Propriétaire",
  [Distribution.HYBRID]: "Hybride (open core)",
  [`dep:${Deployment.ON_PREMISE}`]: "Sur site",
  [`dep:${Deployment.CLOUD}`]: "Cloud (SaaS)",
  [`dep:${Deployment.HYBRID}`]: "Sur site ou cloud",
  [TargetPublic.STATE]: "État",
  [TargetPublic.LOCAL_AUTHORITY]: "Collectivités territoriales",
  [TargetPublic.HOSPITAL]: "Établissements de santé",
  [TargetPublic.PUBLIC_OPERATOR]: "Opérateurs publics",
};
