import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsEmail, IsEnum, IsOptional, IsUUID, MaxLength } from "class-validator";
import { PageArgs } from "@gouvtech/kit";
import { LIMITS } from "../../db/text";
import { ReportCategory, ReportStatus } from "./report.enums";

@InputType({ description: "An error found in a solution's sheet." })
export class AnomalyReportInput {
  @Field(() => ID) @IsUUID() solutionId: string;
  @Field(() => ReportCategory) @IsEnum(ReportCategory) category: ReportCategory;
  @Field({ description: `Plain text, 10 to ${LIMITS.report} characters.` }) @MaxLength(LIMITS.report) text: string;
  @Field(() => String, { nullable: true, description: "To be contacted by the catalogue team (seen by admins only)." })
  @IsOptional()
  @MaxLength(LIMITS.email)
  @IsEmail()
  contactEmail?: string | null;
}

@ArgsType()
export class AnomalyReportsArgs extends PageArgs {
  @Field(() => [ReportStatus], { nullable: true, description: "Defaults to every status." })
  @IsOptional()
  @IsEnum(ReportStatus, { each: true })
  statuses?: ReportStatus[];
}
