import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { PageArgs } from "@gouvtech/kit";
import { LIMITS } from "../../db/text";
import { ReviewSort, UsageDeployment, UsageDuration, UsageUsers } from "./review.enums";

const rating = (description: string, nullable: boolean) => Field(() => Int, { nullable, description: `${description}, 1 to 5.` });

@InputType()
export class ReviewDimensionsInput {
  @rating("Ease of use", true) @IsOptional() @IsInt() @Min(1) @Max(5) easeOfUse?: number | null;
  @rating("Fit with the administration's needs", true) @IsOptional() @IsInt() @Min(1) @Max(5) functionalFit?: number | null;
  @rating("Quality of the supplier's support", true) @IsOptional() @IsInt() @Min(1) @Max(5) supportQuality?: number | null;
  @rating("Value for money", true) @IsOptional() @IsInt() @Min(1) @Max(5) valueForMoney?: number | null;
}

@InputType()
export class ReviewUsageInput {
  @Field(() => UsageDuration, { nullable: true }) @IsOptional() @IsEnum(UsageDuration) duration?: UsageDuration | null;
  @Field(() => UsageUsers, { nullable: true }) @IsOptional() @IsEnum(UsageUsers) users?: UsageUsers | null;
  @Field(() => UsageDeployment, { nullable: true }) @IsOptional() @IsEnum(UsageDeployment) deployment?: UsageDeployment | null;
}

@InputType({ description: "A review's content; on update it replaces the previous one and goes back to moderation." })
export class ReviewInput {
  @rating("Overall rating", false) @IsInt() @Min(1) @Max(5) rating: number;

  @Field(() => ReviewDimensionsInput, { nullable: true }) @IsOptional() @ValidateNested() dimensions?: ReviewDimensionsInput | null;

  @Field(() => ReviewUsageInput, { nullable: true }) @IsOptional() @ValidateNested() usage?: ReviewUsageInput | null;

  @Field({ description: `Plain text, ${LIMITS.title} characters at most.` }) @MaxLength(LIMITS.title) title: string;

  @Field({ description: `Plain text, ${LIMITS.bodyMin} to ${LIMITS.body} characters.` }) @MaxLength(LIMITS.body) body: string;
}

@ArgsType()
export class CreateReviewArgs {
  @Field(() => ID) @IsUUID() solutionId: string;
  @Field(() => ReviewInput) @ValidateNested() input: ReviewInput;
}

@ArgsType()
export class UpdateReviewArgs {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() expectedVersion: number;
  @Field(() => ReviewInput) @ValidateNested() input: ReviewInput;
}

@ArgsType()
export class ReviewTextArgs {
  @Field(() => ID) @IsUUID() reviewId: string;
  @Field({ description: "Plain text." }) @MaxLength(LIMITS.reply) text: string;
}

@ArgsType()
export class ReviewPageArgs extends PageArgs {
  @Field(() => ReviewSort, { nullable: true, defaultValue: ReviewSort.RECENT })
  @IsOptional()
  @IsEnum(ReviewSort)
  sort: ReviewSort = ReviewSort.RECENT;
}
