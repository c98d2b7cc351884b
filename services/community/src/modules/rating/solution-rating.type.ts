import { Field, Float, Int, ObjectType } from "type-graphql";
import { RatingDimension } from "../review/review.enums";

@ObjectType({ description: "How many published reviews gave this overall rating." })
export class RatingBucket {
  @Field(() => Int, { description: "1 to 5." })
  rating: number;
  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "Average of an optional rating dimension, over the reviews that rated it." })
export class DimensionRating {
  @Field(() => RatingDimension)
  dimension: RatingDimension;
  @Field(() => Float)
  average: number;
  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "Aggregate of the published peer reviews; visible to everyone, anonymous callers included." })
export class SolutionRating {
  @Field(() => Float, { nullable: true, description: "Average overall rating (2 decimals); null without reviews." })
  average: number | null;
  @Field(() => Int, { description: "Number of published reviews." })
  count: number;
  @Field(() => [RatingBucket], { description: "Ratings 1 to 5, always five buckets." })
  distribution: RatingBucket[];
  @Field(() => [DimensionRating], { description: "Dimensions rated by at least one published review." })
  dimensions: DimensionRating[];
}
