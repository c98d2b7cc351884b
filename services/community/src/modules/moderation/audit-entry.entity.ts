import { Field, GraphQLISODateTime, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { AuditAction, AuditTarget } from "./moderation.enums";

/** Who did what, when and why: every moderation action writes one. */
@ObjectType({ description: "One moderation action (admins only)." })
@Entity({ name: "audit_entry" })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Account of the admin who acted." })
  @Column({ name: "actor_sub", type: "text" })
  actorSub: string;

  @Field(() => AuditAction)
  @Column({ type: "text" })
  action: AuditAction;

  @Field(() => AuditTarget)
  @Column({ name: "target_type", type: "text" })
  targetType: AuditTarget;

  @Field(() => ID)
  @Column({ name: "target_id", type: "uuid" })
  targetId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: "solution_id", type: "uuid", nullable: true })
  solutionId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
