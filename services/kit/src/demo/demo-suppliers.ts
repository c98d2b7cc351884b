import { demoId } from "./demo-id";

export type DemoSupplierKind = "COMPANY" | "ASSOCIATION" | "PUBLIC_BODY";

/** A fictional supplier written for the demo (catalogue seed and development identity provider). */
export interface DemoSupplier {
  /** Stable key; the id is `demoId("supplier", key)`. */
  key: string;
  id: string;
  name: string;
  kind: DemoSupplierKind;
  /** Always on a reserved `.example` domain. */
  website: string;
  /**
   * Fake SIREN: nine digits that fail the Luhn check every real SIREN passes, so it can
   * never collide with a real company. Absent for bodies that would not have one here.
   */
  siren: string | null;
}

const supplier = (key: string, name: string, kind: DemoSupplierKind, siren: string | null = null): DemoSupplier => ({
  key,
  id: demoId("supplier", key),
  name,
  kind,
  website: `https://${key}.example`,
  siren,
});

/** The demo suppliers: one seeded account each in the development identity provider, so keep the list short. */
export const DEMO_SUPPLIERS: readonly DemoSupplier[] = [
  supplier("numeria", "Numéria Services", "COMPANY", "900000002"),
  supplier("civilink", "Civilink", "COMPANY", "900000003"),
  supplier("rempart", "Rempart Cyber", "COMPANY", "900000004"),
  supplier("semaphore", "Sémaphore IA", "COMPANY", "900000005"),
  supplier("capteo", "Capteo Territoires", "COMPANY", "900000006"),
  supplier("onde-privee", "Onde Privée Réseaux", "COMPANY", "900000007"),
  supplier("hexasante", "Hexa Santé Logiciels", "COMPANY", "900000008"),
  supplier("gestiva", "Gestiva Gestion Publique", "COMPANY", "900000010"),
  supplier("socle-commun", "Association Socle Commun", "ASSOCIATION"),
  supplier("vallonne-numerique", "Syndicat mixte Vallonne Numérique", "PUBLIC_BODY"),
];

export const demoSupplierByKey = (key: string): DemoSupplier | undefined => DEMO_SUPPLIERS.find((s) => s.key === key);
