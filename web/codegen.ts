import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

/** Client types and documents, generated from the committed supergraph. */
const config: CodegenConfig = {
  schema: process.env.SUPERGRAPH_FILE ?? "../gateway/supergraph.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: "string" } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
    },
  },
};

export default config;
