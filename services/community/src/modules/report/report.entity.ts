import { Field, GraphQLISODateTime, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { ReportCategory, ReportStatus } from "./report.enums";

/** A report of an error in a solution's sheet; anyone may file one. */
@ObjectType({ description: "A report of an error in a solution's sheet (admins; the owning supplier once forwarded)." })
@Entity({ name: "anomaly_report" })
export class AnomalyReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "solution_id", type: "uuid" })
  solutionId: string;

  @Field(() => ReportCategory)
  @Column({ type: "text" })
  category: ReportCategory;

  @Field({ description: "Plain text." })
  @Column({ type: "text" })
  body: string;

  /** Exposed to admins only, through a field resolver. */
  @Column({ name: "contact_email", type: "text", nullable: true })
  contactEmail: string | null;

  @Field(() => ReportStatus)
  @Column({ type: "text", default: ReportStatus.OPEN })
  status: ReportStatus;

  @Field(() => String, { nullable: true, description: "Reason given with the last moderation decision." })
  @Column({ name: "status_reason", type: "text", nullable: true })
  statusReason: string | null;

  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: "forwarded_at", type: "timestamptz", nullable: true })
  forwardedAt: Date | null;
}
