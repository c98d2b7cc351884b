import { DEMO_SUPPLIERS } from "@gouvtech/kit";

/** A seeded account of the development identity provider: its token carries these claims. */
export interface DevAccount {
  username: string;
  claims: { sub: string; role: "AGENT" | "SUPPLIER" | "ADMIN"; name: string; supplier_id?: string; organisation?: string };
  description: string;
}

/** One agent, one member of each demo supplier, one admin; all clearly fictional. */
export function devAccounts(): DevAccount[] {
  return [
    {
      username: "agent",
      claims: { sub: "dev-agent", role: "AGENT", name: "Agnès Agent (démo)", organisation: "Mairie de Démoville" },
      description: "Agente publique d'une collectivité fictive",
    },
    ...DEMO_SUPPLIERS.map((s): DevAccount => ({
      username: `supplier-${s.key}`,
      claims: { sub: `dev-supplier-${s.key}`, role: "SUPPLIER", name: `Membre de ${s.name} (démo)`, supplier_id: s.id },
      description: `Membre du fournisseur fictif ${s.name}`,
    })),
    {
      username: "admin",
      claims: { sub: "dev-admin", role: "ADMIN", name: "Équipe catalogue (démo)" },
      description: "Administrateur du catalogue",
    },
  ];
}
