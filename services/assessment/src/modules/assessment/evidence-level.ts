import { EvidenceLevel } from "./assessment.enums";

/** VERIFIED when the catalogue team checked it, EVIDENCED when a proof URL has not expired, else DECLARED. */
export function evidenceLevel(
  a: { verifiedAt: Date | null; evidenceUrl: string | null; evidenceExpiresOn: string | null },
  today: string,
): EvidenceLevel {
  if (a.verifiedAt) return EvidenceLevel.VERIFIED;
  if (a.evidenceUrl && (!a.evidenceExpiresOn || a.evidenceExpiresOn >= today)) return EvidenceLevel.EVIDENCED;
  return EvidenceLevel.DECLARED;
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
