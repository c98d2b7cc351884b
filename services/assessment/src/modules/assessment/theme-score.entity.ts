import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "Score of a published assessment on one theme, computed at publication." })
@Entity({ name: "theme_score" })
export class ThemeScore {
  @PrimaryColumn({ name: "assessment_id", type: "uuid" })
  assessmentId: string;

  @Field({ description: "Theme code, e.g. ACC." })
  @PrimaryColumn({ name: "theme_code", type: "text" })
  theme: string;

  @Field({ description: "French label of the theme." })
  @Column({ name: "theme_label", type: "text" })
  label: string;

  @Column({ type: "int" })
  position: number;

  @Field(() => Float, { nullable: true, description: "0–100, weighted mean over the criteria that apply; null when none applies." })
  @Column({ type: "double precision", nullable: true })
  value: number | null;

  @Field(() => Int, { description: "Criteria of the theme that apply (not « non applicable »)." })
  @Column({ type: "int" })
  applicable: number;

  @Field(() => Int, { description: "Applicable criteria answered." })
  @Column({ type: "int" })
  answered: number;
}
