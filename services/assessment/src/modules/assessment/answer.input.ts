import { Field, Float, InputType } from "type-graphql";

@InputType({
  description:
    "One answer: set the value field that matches the criterion's answer type, or notApplicable. With neither, the criterion's answer is removed (and nothing else may be given).",
})
export class AnswerInput {
  @Field({ description: "Criterion code, e.g. ACC-02." })
  criterionCode: string;

  @Field({ defaultValue: false, description: "« Non applicable », where the criterion allows it." })
  notApplicable: boolean;

  @Field(() => Boolean, { nullable: true, description: "YES_NO." })
  booleanValue?: boolean | null;

  @Field(() => Float, { nullable: true, description: "LEVEL (one of the criterion's levels), PERCENT (0–100), NUMBER (a count)." })
  numberValue?: number | null;

  @Field(() => String, { nullable: true, description: "CHOICE: one of the criterion's option codes." })
  choice?: string | null;

  @Field(() => String, { nullable: true, description: "http(s) URL of a proof." })
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: "Date the proof expires, YYYY-MM-DD." })
  evidenceExpiresOn?: string | null;

  @Field(() => String, { nullable: true, description: "The supplier's comment on the answer (replaces the saved one)." })
  comment?: string | null;
}
