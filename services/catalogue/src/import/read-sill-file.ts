import { readFile } from "node:fs/promises";

/** A file the importer cannot read as a SILL export; the message is for the person running it. */
export class SillFileError extends Error {}

/** Reads a SILL JSON export: an array of records (or `{ softwares: [...] }`, the later export shape). */
export async function readSillFile(path: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new SillFileError(`Fichier introuvable : ${path}`);
    if (code === "EISDIR") throw new SillFileError(`${path} est un dossier, pas un fichier JSON`);
    throw new SillFileError(`Lecture impossible de ${path} : ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SillFileError(`JSON invalide dans ${path} : ${(err as Error).message}`);
  }
  if (Array.isArray(data)) return data;
  const softwares = (data as { softwares?: unknown } | null)?.softwares;
  if (Array.isArray(softwares)) return softwares;
  throw new SillFileError(`${path} doit contenir un tableau de fiches SILL (export JSON du SILL)`);
}
