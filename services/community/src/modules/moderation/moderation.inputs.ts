import { ArgsType, Field, ID } from "type-graphql";
import { IsEnum, IsOptional, IsUUID, MaxLength } from "class-validator";
import { PageArgs } from "@gouvtech/kit";
import { LIMITS } from "../../db/text";
import { AuditAction, ModerationKind } from "./moderation.enums";

@ArgsType()
export class ModerationDecisionArgs {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => String, { nullable: true, description: "Why; required to reject, dismiss or resolve." })
  @IsOptional()
  @MaxLength(LIMITS.reason)
  reason?: string | null;
}

@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @Field(() => [ModerationKind], { nullable: true, description: "Defaults to every kind." })
  @IsOptional()
  @IsEnum(ModerationKind, { each: true })
  kinds?: ModerationKind[];
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Entries about one review or report." })
  @IsOptional()
  @IsUUID()
  targetId?: string;
  @Field(() => [AuditAction], { nullable: true })
  @IsOptional()
  @IsEnum(AuditAction, { each: true })
  actions?: AuditAction[];
}
