/**
 * Writes web/persisted-operations.json, the web client's operations for the gateway to
 * register, from the documents GraphQL Code Generator wrote to src/gql/graphql.ts.
 *
 * Format (Apollo's persisted query manifest):
 *   { "format": "apollo-persisted-query-manifest", "version": 1,
 *     "operations": [{ "id", "name", "type", "body" }] }
 * `body` is the exact text Apollo Client sends as `query` (graphql-js `print` of the
 * generated document), and `id` is the hex SHA-256 of `body`: the hash an APQ
 * `extensions.persistedQuery.sha256Hash` carries. The gateway can thus accept a
 * registered operation by id or by body (sha256(query) ∈ ids).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { print } from "graphql";

const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const generated = readFileSync(join(webDir, "src/gql/graphql.ts"), "utf8");
const DOCUMENT = /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm;

const operations = [];
for (const [, , json] of generated.matchAll(DOCUMENT)) {
  const document = JSON.parse(json);
  const operation = document.definitions.find((d) => d.kind === "OperationDefinition");
  if (!operation) continue; // a fragment
  if (!operation.name) throw new Error("Every operation needs a name");
  const body = print(document);
  operations.push({ id: createHash("sha256").update(body).digest("hex"), name: operation.name.value, type: operation.operation, body });
}
operations.sort((a, b) => a.name.localeCompare(b.name));

const manifest = { format: "apollo-persisted-query-manifest", version: 1, operations };
writeFileSync(join(webDir, "persisted-operations.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`persisted-operations.json: ${operations.length} operations`);
