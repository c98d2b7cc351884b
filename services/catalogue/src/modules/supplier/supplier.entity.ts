import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";

export enum SupplierKind {
  COMPANY = "COMPANY",
  ASSOCIATION = "ASSOCIATION",
  PUBLIC_BODY = "PUBLIC_BODY",
}
registerEnumType(SupplierKind, { name: "SupplierKind" });

@ObjectType({ description: "An organisation that supplies solutions." })
@Directive('@key(fields: "id")')
@Entity({ name: "supplier" })
export class Supplier {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true, description: "French company number (9 digits), when given." })
  @Column({ type: "text", nullable: true })
  siren: string | null;

  @Field(() => SupplierKind)
  @Column({ type: "text" })
  kind: SupplierKind;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  website: string | null;

  @Field({ description: "Demo data written for the demo, not a real organisation." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
