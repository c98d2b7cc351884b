import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { Connection, PageArgs } from "@gouvtech/kit";
import { Assessment } from "./assessment.entity";
import { AssessmentStatus } from "./assessment.enums";
import { AnswerInput } from "./answer.input";

@ArgsType()
export class AssessmentsArgs extends PageArgs {
  @Field(() => AssessmentStatus, { defaultValue: AssessmentStatus.SUBMITTED })
  status: AssessmentStatus = AssessmentStatus.SUBMITTED;
}

@ObjectType("AssessmentConnection")
export class AssessmentConnection extends Connection("Assessment", Assessment) {}

@ArgsType()
export class VersionedAssessmentArgs {
  @Field(() => ID)
  assessmentId: string;
  @Field(() => Int, { description: "The version last read; a stale one is a CONFLICT and nothing is written." })
  expectedVersion: number;
}

@ArgsType()
export class SaveAnswersArgs extends VersionedAssessmentArgs {
  @Field(() => [AnswerInput], { description: "Up to 100 answers, all validated before any is written." })
  answers: AnswerInput[];
}

@ArgsType()
export class ReturnAssessmentArgs {
  @Field(() => ID)
  assessmentId: string;
  @Field({ description: "Shown to the supplier." })
  reason: string;
}

@ArgsType()
export class VerifyAnswerArgs {
  @Field(() => ID)
  assessmentId: string;
  @Field()
  criterionCode: string;
  @Field({ defaultValue: true, description: "false withdraws a verification." })
  verified: boolean;
}
