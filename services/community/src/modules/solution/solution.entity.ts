import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The catalogue's Solution, extended here with peer reviews, rating and anomaly reports. */
@ObjectType({ description: "A digital solution (owned by the catalogue subgraph)." })
@Directive('@key(fields: "id")')
export class Solution {
  @Field(() => ID)
  id: string;
}
