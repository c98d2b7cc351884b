import { Field, GraphQLISODateTime, ID, ObjectType } from "type-graphql";
import { Connection } from "@gouvtech/kit";
import { ModerationKind } from "./moderation.enums";

/** One item waiting for the catalogue team; `review` or `report` is set according to `kind`. */
@ObjectType({ description: "An item of the moderation queue (admins only)." })
export class ModerationItem {
  @Field(() => ModerationKind)
  kind: ModerationKind;
  @Field(() => ID, { description: "Id of the review or report." })
  targetId: string;
  @Field(() => GraphQLISODateTime, { description: "Since when it waits." })
  since: Date;
}

@ObjectType("ModerationItemConnection")
export class ModerationItemConnection extends Connection("ModerationItem", ModerationItem) {}
