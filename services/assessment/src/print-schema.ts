import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { printSubgraphSdl } from "@gouvtech/kit";
import { buildAssessmentSchema } from "./schema";

/** Writes the committed SDL this subgraph contributes to composition. */
buildAssessmentSchema()
  .then((schema) => writeFileSync(join(__dirname, "..", "schema.graphql"), printSubgraphSdl(schema)))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
