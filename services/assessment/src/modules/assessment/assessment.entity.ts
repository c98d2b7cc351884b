import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { AssessmentStatus } from "./assessment.enums";

@ObjectType({ description: "A supplier's self-assessment of one solution on one grid version." })
@Entity({ name: "assessment" })
export class Assessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "solution_id", type: "uuid" })
  solutionId: string;

  @Field(() => Int, { description: "Grid version the assessment is made on." })
  @Column({ name: "grid_version", type: "int" })
  gridVersion: number;

  @Field(() => AssessmentStatus)
  @Column({ type: "text" })
  status: AssessmentStatus;

  @Field(() => Int, { description: "Pass it back as expectedVersion when saving answers or submitting." })
  @Column({ type: "int", default: 1 })
  version: number;

  @Field({ description: "The published assessment shown for the solution." })
  @Column({ name: "is_current", type: "boolean", default: false })
  isCurrent: boolean;

  @Field(() => String, { nullable: true, description: "Why the catalogue team returned it to the supplier." })
  @Column({ name: "return_reason", type: "text", nullable: true })
  returnReason: string | null;

  @Field(() => Float, { nullable: true, description: "Mean of the theme scores, 0–100 (set at publication)." })
  @Column({ name: "overall_score", type: "double precision", nullable: true })
  overallScore: number | null;

  @Column({ type: "double precision", nullable: true })
  completeness: number | null;

  @Field(() => [String], { description: "Eliminatory criteria failed (set at publication)." })
  @Column({ name: "failed_eliminatory", type: "text", array: true, default: () => "'{}'" })
  failedEliminatory: string[];

  @Field({ description: "Generated for the demo from the solution id, not written by the supplier." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo: boolean;

  @Column({ name: "created_by", type: "text" })
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: "submitted_at", type: "timestamptz", nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: "published_at", type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  @Column({ name: "published_by", type: "text", nullable: true })
  publishedBy: string | null;
}
