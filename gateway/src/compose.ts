import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { composeSupergraph, CompositionError } from "./composition/compose-supergraph";

/** `npm run compose`: writes the committed gateway/supergraph.graphql from the subgraphs' SDL. */
const rootDir = join(__dirname, "..", "..");
try {
  const { supergraphSdl, hints } = composeSupergraph(rootDir);
  for (const hint of hints) console.warn(`hint: ${hint}`);
  const target = join(rootDir, "gateway", "supergraph.graphql");
  writeFileSync(target, supergraphSdl.endsWith("\n") ? supergraphSdl : `${supergraphSdl}\n`);
  console.log(`supergraph written to gateway/supergraph.graphql`);
} catch (err) {
  console.error(err instanceof CompositionError ? err.message : err);
  process.exit(1);
}
