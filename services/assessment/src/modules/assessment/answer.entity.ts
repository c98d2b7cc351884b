import { Field, Float, GraphQLISODateTime, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";

@ObjectType({ description: "The supplier's answer to one criterion, with its evidence." })
@Entity({ name: "answer" })
export class Answer {
  @PrimaryColumn({ name: "assessment_id", type: "uuid" })
  assessmentId: string;

  @Field({ description: "Criterion code, e.g. ACC-02." })
  @PrimaryColumn({ name: "criterion_code", type: "text" })
  criterionCode: string;

  @Field({ description: "« Non applicable » (only where the criterion allows it)." })
  @Column({ name: "not_applicable", type: "boolean", default: false })
  notApplicable: boolean;

  @Field(() => Boolean, { nullable: true, description: "YES_NO answers." })
  @Column({ name: "boolean_value", type: "boolean", nullable: true })
  booleanValue: boolean | null;

  @Field(() => Float, { nullable: true, description: "LEVEL (0–3), PERCENT (0–100) and NUMBER answers." })
  @Column({ name: "number_value", type: "double precision", nullable: true })
  numberValue: number | null;

  @Field(() => String, { nullable: true, description: "CHOICE answers: the option code." })
  @Column({ type: "text", nullable: true })
  choice: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "evidence_url", type: "text", nullable: true })
  evidenceUrl: string | null;

  @Field(() => String, { nullable: true, description: "Date the evidence expires, YYYY-MM-DD." })
  @Column({ name: "evidence_expires_on", type: "date", nullable: true })
  evidenceExpiresOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  comment: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the catalogue team verified the answer." })
  @Column({ name: "verified_at", type: "timestamptz", nullable: true })
  verifiedAt: Date | null;

  @Column({ name: "verified_by", type: "text", nullable: true })
  verifiedBy: string | null;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
