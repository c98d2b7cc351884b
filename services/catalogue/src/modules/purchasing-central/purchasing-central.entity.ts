import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "A public purchasing central (UGAP, UNIHA, CAIH, RESAH…)." })
@Entity({ name: "purchasing_central" })
export class PurchasingCentral {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Short code, e.g. UGAP." })
  @Column({ type: "text", unique: true })
  code: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  website: string | null;
}

/** A purchasing central that lists a solution, with its catalogue reference. */
@Entity({ name: "solution_purchasing_central" })
export class SolutionPurchasingCentral {
  @Column({ name: "solution_id", type: "uuid", primary: true })
  solutionId: string;

  @Column({ name: "purchasing_central_id", type: "uuid", primary: true })
  purchasingCentralId: string;

  @Column({ type: "text", nullable: true })
  reference: string | null;
}

@ObjectType({ description: "A purchasing central listing the solution." })
export class PurchasingCentralListing {
  @Field(() => PurchasingCentral)
  central: PurchasingCentral;

  @Field(() => String, { nullable: true, description: "Reference in the central's catalogue." })
  reference: string | null;
}
