import { ArgsType, Field, Float, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { PageArgs } from "@gouvtech/kit";
import { Deployment, Distribution, PricingModel, SolutionSort, SolutionStatus, TargetPublic } from "./solution.enums";

export const LIMITS = { name: 120, tagline: 200, description: 20_000, url: 2048, reason: 2000, search: 200, list: 20 } as const;
const URL_OPTIONS = { protocols: ["http", "https"], require_protocol: true, require_tld: true };
const CODE = /^[a-z0-9][a-z0-9._-]{0,80}$/;

@InputType({ description: "Filters combine with AND; values inside one filter combine with OR." })
export class SolutionFilter {
  @Field(() => [String], { nullable: true, description: "Category codes (a theme matches all its needs)." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.list)
  @Matches(CODE, { each: true })
  categories?: string[];

  @Field(() => [Distribution], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3)
  distributions?: Distribution[];

  @Field(() => [Deployment], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3)
  deployments?: Deployment[];

  @Field(() => [String], { nullable: true, description: "Purchasing central codes, e.g. UGAP." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.list)
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { each: true })
  purchasingCentrals?: string[];

  @Field(() => [TargetPublic], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  targetPublics?: TargetPublic[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @Field(() => Int, { nullable: true, description: "Only solutions whose published assessment scores at least this overall, 0 to 100." })
  @IsOptional()
  @Min(0)
  @Max(100)
  minScore?: number;

  @Field(() => Float, { nullable: true, description: "Only solutions rated at least this on average by public agents, 1 to 5." })
  @IsOptional()
  @Min(1)
  @Max(5)
  minRating?: number;

  @Field(() => [SolutionStatus], {
    nullable: true,
    description: "In solutions: admins only, others always see PUBLISHED. In mySolutions: the statuses to list (all by default).",
  })
  @IsOptional()
  @ArrayMaxSize(5)
  statuses?: SolutionStatus[];
}

@ArgsType()
export class SolutionsArgs extends PageArgs {
  @Field(() => SolutionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SolutionFilter;

  @Field(() => String, { nullable: true, description: "French full-text search: stemmed, accent-insensitive, ranked." })
  @IsOptional()
  @MaxLength(LIMITS.search)
  search?: string;

  @Field(() => SolutionSort, { nullable: true })
  @IsOptional()
  sort?: SolutionSort;
}

@InputType()
export class ListingInput {
  @Field({ description: "Purchasing central code, e.g. UGAP." })
  @Matches(/^[A-Za-z0-9_-]{1,40}$/)
  code: string;

  @Field(() => String, { nullable: true, description: "Reference of the solution in that central's catalogue." })
  @IsOptional()
  @MaxLength(200)
  reference?: string | null;
}

/** Fields a supplier writes. On update, absent fields are left unchanged. */
@InputType()
export class SolutionInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, LIMITS.name)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.tagline)
  tagline?: string;

  @Field({ nullable: true, description: `Markdown, at most ${LIMITS.description} characters.` })
  @IsOptional()
  @MaxLength(LIMITS.description)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.url)
  @IsUrl({ ...URL_OPTIONS, protocols: ["https"] })
  logoUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.url)
  @IsUrl(URL_OPTIONS)
  website?: string | null;

  @Field(() => Distribution, { nullable: true })
  @IsOptional()
  distribution?: Distribution;

  @Field(() => [String], { nullable: true, description: "SPDX licence ids (required for OPEN_SOURCE and HYBRID)." })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(64, { each: true })
  licences?: string[];

  @Field(() => Deployment, { nullable: true })
  @IsOptional()
  deployment?: Deployment;

  @Field(() => [PricingModel], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  pricingModels?: PricingModel[];

  @Field(() => [TargetPublic], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  targetPublics?: TargetPublic[];

  @Field(() => [String], { nullable: true, description: "Category codes (needs or themes)." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.list)
  @Matches(CODE, { each: true })
  categories?: string[];

  @Field(() => [ListingInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.list)
  @ValidateNested({ each: true })
  purchasingCentrals?: ListingInput[];
}

@ArgsType()
export class SolutionRefArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,140}$/)
  slug?: string;
}

@ArgsType()
export class VersionedRefArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: "The version you read; a newer one means someone else edited it (CONFLICT)." })
  @Min(1)
  expectedVersion: number;
}

@ArgsType()
export class DecisionArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true, description: "Shown to the supplier." })
  @IsOptional()
  @MaxLength(LIMITS.reason)
  reason?: string | null;
}
