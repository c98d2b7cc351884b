import { ArgsType, ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { fieldError } from "../errors/error-codes";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: "Relay page information." })
@Directive("@shareable")
export class PageInfo {
  @Field()
  hasNextPage: boolean;
  @Field()
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true })
  startCursor: string | null;
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge of the previous page." })
  @IsOptional()
  @MaxLength(200)
  after?: string | null;
}

/** Opaque cursor over an offset: stable enough for a catalogue that changes slowly. */
export const encodeOffsetCursor = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");

export function decodeOffsetCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^o:(\d{1,9})$/.exec(raw);
  if (!match) throw fieldError("after", "curseur invalide");
  return Number(match[1]) + 1;
}

export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** Builds a connection from one page of rows fetched at `offset` (rows.length ≤ first). */
export function toPage<T>(rows: T[], offset: number, totalCount: number): Page<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeOffsetCursor(offset + i), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * Declares `<Name>Edge` and an abstract base for `<Name>Connection`: extend it with a
 * class decorated `@ObjectType("<Name>Connection")` (which may add fields such as facets).
 */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;
    @Field(() => nodeType)
    node: T;
  }
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => Int, { description: "Number of items matching, across all pages." })
    totalCount: number;
    @Field(() => [Edge])
    edges: Edge[];
    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType;
}
