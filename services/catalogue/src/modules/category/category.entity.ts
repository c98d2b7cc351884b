import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** Two-level taxonomy: themes (no parent) and the needs under them. */
@ObjectType({ description: "A theme (top level) or a need under a theme." })
@Entity({ name: "category" })
export class Category {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Stable code, e.g. `collaboration` or `collaboration.messagerie`." })
  @Column({ type: "text", unique: true })
  code: string;

  @Field({ description: "French label." })
  @Column({ type: "text" })
  label: string;

  @Column({ name: "parent_id", type: "uuid", nullable: true })
  parentId: string | null;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  position: number;
}
