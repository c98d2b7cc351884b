import type { ImportReport } from "./import-sill";

/** The summary printed at the end of an import, in French. */
export function formatReport(report: ImportReport, file: string): string {
  const lines = [
    `Import du SILL depuis ${file} : ${report.total} fiche(s) lue(s).`,
    `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped.length} skipped`,
    `(${report.created} créée(s), ${report.updated} mise(s) à jour, ${report.unchanged} inchangée(s), ${report.skipped.length} écartée(s))`,
  ];
  if (report.skipped.length) {
    lines.push("", "Fiches écartées :");
    for (const s of report.skipped)
      lines.push(`  - ${s.sillId === null ? "sans identifiant" : `id ${s.sillId}`} (position ${s.position}) : ${s.reason}`);
  }
  if (report.warnings.length) {
    lines.push("", "Avertissements :");
    for (const w of report.warnings) lines.push(`  - id ${w.sillId} : ${w.message}`);
  }
  return `${lines.join("\n")}\n`;
}
