import type { SillRecord } from "./sill-record";

const RECOMMENDATION_FR: Record<SillRecord["recommendationStatus"], string> = {
  recommended: "recommandé",
  "in observation": "en observation",
  "no longer recommended": "n'est plus recommandé",
};

const GROUP_FR: Record<SillRecord["mimGroup"], string> = {
  MIMO: "MIMO (bureautique et poste de travail)",
  MIMPROD: "MIMPROD (production et exploitation)",
  MIMDEV: "MIMDEV (développement)",
  MIMDEVOPS: "MIMDEVOPS (développement et exploitation)",
};

/** Markdown links and emphasis to plain text: "[site](https://…)" → "site". */
export const plainText = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]+/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** One line for lists: the record's function, capitalised, without Markdown, at most 160 characters. */
export function sillTagline(record: SillRecord): string {
  const text = plainText(record._function).replace(/[.\s]+$/, "");
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return capitalised.length > 160 ? `${capitalised.slice(0, 159).trimEnd()}…` : capitalised;
}

/** Markdown sheet built from the record's fields, in French, ending with the attribution. */
export function sillDescription(record: SillRecord, licences: string[], parentName: string | undefined): string {
  const facts = [
    `- **Fonction** : ${plainText(record._function)}`,
    `- **Statut au SILL** : ${RECOMMENDATION_FR[record.recommendationStatus]}`,
    `- **Licence${licences.length > 1 ? "s" : ""}** : ${licences.join(", ")}`,
    record.__versionMin ? `- **Version minimale recommandée** : ${plainText(record.__versionMin)}` : null,
    record.versionMax ? `- **Version maximale** : ${plainText(record.versionMax)}` : null,
    parentName ? `- **Extension de** : ${parentName}` : null,
    `- **Groupe de travail interministériel** : ${GROUP_FR[record.mimGroup]}`,
    record.isFromFrenchPublicService ? "- Développé par le service public français" : null,
    record.isPresentInSupportContract ? "- Couvert par le marché interministériel de support aux logiciels libres" : null,
  ].filter((line): line is string => line !== null);

  const since = record.__referencedSinceTime ? ` depuis ${new Date(record.__referencedSinceTime).getUTCFullYear()}` : "";
  const parts = [
    `**${record._name.trim()}** est un logiciel libre référencé au Socle interministériel des logiciels libres (SILL)${since}.`,
    facts.join("\n"),
  ];
  const context = record.whereAndInWhatContextIsItUsed?.trim();
  if (context && plainText(context) !== plainText(record._function)) parts.push(`## Contexte d'usage\n\n${context}`);
  const links = [
    record.wikidataId ? `- [Fiche Wikidata](https://www.wikidata.org/wiki/${record.wikidataId})` : null,
    record.comptoirDuLibreOrgId
      ? `- [Fiche Comptoir du Libre](https://comptoir-du-libre.org/fr/softwares/${record.comptoirDuLibreOrgId})`
      : null,
  ].filter((line): line is string => line !== null);
  if (links.length) parts.push(`## Liens\n\n${links.join("\n")}`);
  parts.push("_Source : DINUM, SILL — Licence Ouverte / Open Licence 2.0 (Etalab)._");
  return parts.join("\n\n");
}
