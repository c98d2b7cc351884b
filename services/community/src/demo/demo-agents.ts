import { demoId } from "@gouvtech/kit";

export interface DemoAgent {
  /** Account id (`sub`) a development identity provider can give this agent. */
  sub: string;
  /** Pseudonym used as author id. */
  authorId: string;
  administration: string;
}

const ADMINISTRATIONS = [
  "Ville de Lyon",
  "Département de la Gironde",
  "Région Bretagne",
  "Ministère de l'Intérieur",
  "CHU de Nantes",
  "Communauté d'agglomération du Grand Annecy",
  "Ministère de la Culture",
  "Mairie de Saint-Malo",
];

/** Fictional demo agents who author the seeded reviews (development only). */
export const DEMO_AGENTS: DemoAgent[] = ADMINISTRATIONS.map((administration, i) => ({
  sub: demoId("agent", `community-demo-${i + 1}`),
  authorId: demoId("community-author", `community-demo-${i + 1}`),
  administration,
}));
