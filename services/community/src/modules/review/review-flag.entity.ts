import { Field, GraphQLISODateTime, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** An agent's signal that a published review breaks the rules; it sends the review to moderation. */
@ObjectType({ description: "A flag raised by an agent on a published review (admins only)." })
@Entity({ name: "review_flag" })
export class ReviewFlag {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "review_id", type: "uuid" })
  reviewId: string;

  @Column({ name: "flagger_id", type: "uuid" })
  flaggerId: string;

  @Field()
  @Column({ type: "text" })
  reason: string;

  @Column({ type: "text", default: "OPEN" })
  status: "OPEN" | "CLOSED";

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
