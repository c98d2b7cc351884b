import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The catalogue's Solution, extended here with its assessments and scores. */
@ObjectType({ description: "A digital solution, as its supplier describes it." })
@Directive('@key(fields: "id")')
export class Solution {
  @Field(() => ID)
  id: string;

  /** From the projection, for ownership checks; not exposed. */
  supplierId: string | null;
}

export const solutionRef = (id: string, supplierId: string | null = null): Solution => Object.assign(new Solution(), { id, supplierId });
