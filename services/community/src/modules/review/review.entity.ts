import { Field, GraphQLISODateTime, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { ReviewStatus, UsageDeployment, UsageDuration, UsageUsers } from "./review.enums";

@ObjectType("ReviewDimensions", { description: "Optional ratings, 1 to 5." })
export class ReviewDimensions {
  @Field(() => Int, { nullable: true })
  easeOfUse: number | null;
  @Field(() => Int, { nullable: true })
  functionalFit: number | null;
  @Field(() => Int, { nullable: true })
  supportQuality: number | null;
  @Field(() => Int, { nullable: true })
  valueForMoney: number | null;
}

@ObjectType("ReviewUsage", { description: "The context in which the administration uses the solution." })
export class ReviewUsage {
  @Field(() => UsageDuration, { nullable: true })
  duration: UsageDuration | null;
  @Field(() => UsageUsers, { nullable: true })
  users: UsageUsers | null;
  @Field(() => UsageDeployment, { nullable: true })
  deployment: UsageDeployment | null;
}

/**
 * A peer review by a public agent. It names the agent's administration and nothing else
 * about the author: `authorId` is a pseudonym and is never exposed.
 */
@ObjectType({ description: "A peer review written by a public agent (readable by agents, admins and the owning supplier)." })
@Entity({ name: "review" })
export class Review {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "solution_id", type: "uuid" })
  solutionId: string;

  @Column({ name: "author_id", type: "uuid" })
  authorId: string;

  @Field({ description: "The author's administration, the only thing shown about the author." })
  @Column({ type: "text" })
  administration: string;

  @Field(() => Int, { description: "Overall rating, 1 to 5." })
  @Column({ type: "smallint" })
  rating: number;

  @Column({ name: "ease_of_use", type: "smallint", nullable: true })
  easeOfUse: number | null;
  @Column({ name: "functional_fit", type: "smallint", nullable: true })
  functionalFit: number | null;
  @Column({ name: "support_quality", type: "smallint", nullable: true })
  supportQuality: number | null;
  @Column({ name: "value_for_money", type: "smallint", nullable: true })
  valueForMoney: number | null;

  @Column({ name: "usage_duration", type: "text", nullable: true })
  usageDuration: UsageDuration | null;
  @Column({ name: "usage_users", type: "text", nullable: true })
  usageUsers: UsageUsers | null;
  @Column({ name: "usage_deployment", type: "text", nullable: true })
  usageDeployment: UsageDeployment | null;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field({ description: "Plain text: render it as text, never as HTML." })
  @Column({ type: "text" })
  body: string;

  @Field(() => ReviewStatus)
  @Column({ type: "text", default: ReviewStatus.PENDING })
  status: ReviewStatus;

  @Field(() => String, { nullable: true, description: "Why the catalogue team rejected it (shown to the author)." })
  @Column({ name: "rejection_reason", type: "text", nullable: true })
  rejectionReason: string | null;

  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo: boolean;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: "published_at", type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  @Field(() => Int, { description: "Pass it back as expectedVersion when editing." })
  @VersionColumn()
  version: number;

  @Field(() => ReviewDimensions)
  get dimensions(): ReviewDimensions {
    return {
      easeOfUse: this.easeOfUse,
      functionalFit: this.functionalFit,
      supportQuality: this.supportQuality,
      valueForMoney: this.valueForMoney,
    };
  }

  @Field(() => ReviewUsage)
  get usage(): ReviewUsage {
    return { duration: this.usageDuration, users: this.usageUsers, deployment: this.usageDeployment };
  }
}
