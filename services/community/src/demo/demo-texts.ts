/** Fictional review texts for the demo, by overall rating (French, plain text). */
export const DEMO_REVIEWS: Record<number, { title: string; body: string }[]> = {
  2: [
    {
      title: "Des difficultés au quotidien",
      body: "Le produit couvre le besoin sur le papier, mais les lenteurs et les mises à jour mal annoncées ont gêné nos équipes pendant plusieurs mois.",
    },
  ],
  3: [
    {
      title: "Correct, sans plus",
      body: "La solution fait le travail attendu. La prise en main a demandé plus de formation que prévu et le support met parfois plusieurs jours à répondre.",
    },
    {
      title: "Un bon socle, des manques",
      body: "Les fonctions de base sont solides. Il manque des exports ouverts et une meilleure gestion des droits pour un usage multi-services.",
    },
  ],
  4: [
    {
      title: "Adopté rapidement par les agents",
      body: "Déploiement en quelques semaines, agents formés en une demi-journée. Quelques ajustements restent à faire sur l'accessibilité des formulaires.",
    },
    {
      title: "Fiable et bien documenté",
      body: "Nous l'utilisons depuis deux ans sans incident majeur. La documentation est claire et l'éditeur tient compte de nos retours.",
    },
  ],
  5: [
    {
      title: "Un vrai gain de temps",
      body: "Les démarches qui prenaient une semaine sont traitées en deux jours. Le support est réactif et l'hébergement en France a rassuré notre DPO.",
    },
    {
      title: "Recommandé sans réserve",
      body: "Interopérable avec nos outils existants, connexion via ProConnect, et une communauté d'utilisateurs publics très active. Nous recommandons.",
    },
  ],
};

export const DEMO_PENDING = {
  title: "Premier retour après trois mois",
  body: "Mise en service récente dans nos services. Les premiers retours des agents sont positifs, nous attendons de voir la tenue en charge.",
};

export const DEMO_REPORT =
  "Le lien vers la documentation indiqué dans la fiche ne fonctionne plus, et la liste des centrales d'achat semble incomplète.";
