import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "What deleteMyCommunityData erased." })
export class ErasureResult {
  @Field(() => Int)
  reviewsDeleted: number;
  @Field(() => Int)
  flagsDeleted: number;
}
