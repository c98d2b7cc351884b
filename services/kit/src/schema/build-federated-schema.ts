import "reflect-metadata";
import { GraphQLSchema, specifiedDirectives } from "graphql";
import gql from "graphql-tag";
import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { buildSchema, BuildSchemaOptions, createResolversMap } from "type-graphql";
import { authChecker } from "../identity/auth-checker";

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, ctx: any, info: any) => unknown }>;

export interface FederatedSchemaOptions extends Omit<BuildSchemaOptions, "authChecker"> {
  /** `__resolveReference` per entity type; each must go through a DataLoader. */
  references?: ReferenceResolvers;
}

/**
 * type-graphql classes → Federation v2 subgraph schema: build the type-graphql schema,
 * print it with its directives, prefix the federation @link, and hand SDL plus the
 * resolver map to buildSubgraphSchema (array form).
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const { references = {}, ...rest } = options;
  const schema = await buildSchema({
    ...rest,
    authChecker,
    validate: { forbidUnknownValues: false },
    directives: [...specifiedDirectives],
  });
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, ref] of Object.entries(references)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...ref } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}

/** The SDL a subgraph contributes to composition (committed as schema.graphql). */
export const printSubgraphSdl = (schema: GraphQLSchema): string => printSubgraphSchema(schema).trim() + "\n";
