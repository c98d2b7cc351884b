import { Field, GraphQLISODateTime, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";

@ObjectType({ description: "The public reply of the supplier that owns the solution (one per review)." })
@Entity({ name: "review_reply" })
export class ReviewReply {
  @PrimaryColumn({ name: "review_id", type: "uuid" })
  reviewId: string;

  @Column({ name: "supplier_id", type: "uuid" })
  supplierId: string;

  @Field({ description: "Plain text." })
  @Column({ type: "text" })
  body: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
