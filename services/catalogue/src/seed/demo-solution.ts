import { z } from "zod";
import { DEMO_SUPPLIERS } from "@gouvtech/kit";
import { Deployment, Distribution, PricingModel, SolutionStatus, TargetPublic } from "../modules/solution/solution.enums";
import { checkLicences } from "../modules/solution/solution.rules";

/** One demo solution as written in demo-solutions.json. */
export const demoSolutionSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(2),
    supplier: z.string().refine((k) => DEMO_SUPPLIERS.some((s) => s.key === k), "unknown demo supplier"),
    tagline: z.string().min(10).max(160),
    summary: z.string().min(80),
    features: z.array(z.string().min(5)).min(3),
    openCore: z.string().optional(),
    hosting: z.string().optional(),
    distribution: z.enum([Distribution.PROPRIETARY, Distribution.HYBRID]),
    licences: z.array(z.string()).default([]),
    deployment: z.nativeEnum(Deployment),
    pricing: z.array(z.nativeEnum(PricingModel)).min(1),
    publics: z.array(z.nativeEnum(TargetPublic)).min(1),
    categories: z.array(z.string()).min(1),
    centrals: z.array(z.object({ code: z.string(), reference: z.string().nullable().default(null) })).default([]),
    status: z.enum([SolutionStatus.PUBLISHED, SolutionStatus.PENDING_REVIEW, SolutionStatus.DRAFT]).default(SolutionStatus.PUBLISHED),
  })
  .superRefine((s, ctx) => {
    try {
      checkLicences(s.distribution, s.licences);
    } catch (err) {
      ctx.addIssue({ code: "custom", path: ["licences"], message: (err as Error).message });
    }
    if (s.distribution === Distribution.PROPRIETARY && s.licences.length) {
      ctx.addIssue({ code: "custom", path: ["licences"], message: "a proprietary demo solution names no open-source licence" });
    }
  });

export type DemoSolution = z.infer<typeof demoSolutionSchema>;

const DEPLOYMENT_FR: Record<Deployment, string> = {
  [Deployment.CLOUD]: "Solution proposée en mode SaaS : rien à installer, mises à jour continues incluses.",
  [Deployment.ON_PREMISE]: "Solution installée dans votre système d'information, sur vos serveurs ou chez votre hébergeur.",
  [Deployment.HYBRID]: "Solution disponible au choix en mode SaaS ou installée dans votre système d'information.",
};

const PRICING_FR: Record<PricingModel, string> = {
  [PricingModel.FREE]: "une offre gratuite",
  [PricingModel.LICENCE_PURCHASE]: "l'achat de licences",
  [PricingModel.SUBSCRIPTION]: "un abonnement annuel",
  [PricingModel.ON_QUOTE]: "un devis selon le périmètre",
};

/** The sheet's Markdown, from the compact fields of the data file. */
export function demoDescription(s: DemoSolution): string {
  const parts = [s.summary, `## Fonctionnalités principales\n\n${s.features.map((f) => `- ${f}`).join("\n")}`];
  if (s.distribution === Distribution.HYBRID) {
    const rest = s.openCore ?? "les modules avancés, l'hébergement et le support sont proposés sous contrat commercial";
    parts.push(`## Cœur open source\n\nLe cœur de la solution est publié sous licence ${s.licences.join(", ")} ; ${rest}.`);
  }
  parts.push(`## Déploiement et hébergement\n\n${DEPLOYMENT_FR[s.deployment]}${s.hosting ? ` ${s.hosting}` : ""}`);
  const pricing = s.pricing.map((p) => PRICING_FR[p]);
  const economic = [`Tarification : ${pricing.join(", ")}.`];
  if (s.centrals.length) {
    economic.push(
      `Disponible sans mise en concurrence supplémentaire via ${s.centrals.map((c) => (c.reference ? `${c.code} (réf. ${c.reference})` : c.code)).join(", ")}.`,
    );
  }
  parts.push(`## Modèle économique\n\n${economic.join(" ")}`);
  parts.push("---\n\n*Fiche de démonstration : l'éditeur et le produit sont fictifs.*");
  return parts.join("\n\n");
}
