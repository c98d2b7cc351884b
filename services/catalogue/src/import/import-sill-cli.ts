import "reflect-metadata";
import { runImportSill } from "./run-import-sill";

runImportSill(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    console.error(`Import interrompu : ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
