import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { AnswerType, ChoiceOptionData, GridStatus, LevelData, ThresholdData } from "./grid.model";

@ObjectType("CriterionOption", { description: "One option of a CHOICE criterion and the score (0–1) it earns." })
export class CriterionOption implements ChoiceOptionData {
  @Field()
  code: string;
  @Field()
  label: string;
  @Field(() => Float)
  score: number;
}

@ObjectType("CriterionLevel", { description: "One allowed value of a LEVEL criterion (scored value / 3)." })
export class CriterionLevel implements LevelData {
  @Field(() => Int)
  value: number;
  @Field()
  label: string;
}

@ObjectType("NumberThreshold", { description: "A NUMBER answer of at least `min` earns `score` (0–1)." })
export class NumberThreshold implements ThresholdData {
  @Field(() => Int)
  min: number;
  @Field(() => Float)
  score: number;
}

@ObjectType({ description: "A criterion of the assessment grid." })
@Entity({ name: "criterion" })
export class Criterion {
  @Field(() => Int)
  @PrimaryColumn({ name: "grid_version", type: "int" })
  gridVersion: number;

  @Field({ description: "Stable code, e.g. ACC-02." })
  @PrimaryColumn({ type: "text" })
  code: string;

  @Field({ description: "Code of the theme, e.g. ACC." })
  @Column({ name: "theme_code", type: "text" })
  themeCode: string;

  @Field(() => Int)
  @Column({ type: "int" })
  position: number;

  @Field({ description: "French label." })
  @Column({ type: "text" })
  label: string;

  @Field({ description: "French help text for the supplier and the buyer." })
  @Column({ type: "text" })
  help: string;

  @Field(() => AnswerType)
  @Column({ name: "answer_type", type: "text" })
  answerType: AnswerType;

  @Field({ description: "Whether « non applicable » is a valid answer." })
  @Column({ name: "na_allowed", type: "boolean" })
  naAllowed: boolean;

  @Field(() => Float, { description: "Weight in the theme's weighted mean." })
  @Column({ type: "double precision" })
  weight: number;

  @Field({ description: "A buyer may exclude any solution that fails it." })
  @Column({ type: "boolean" })
  eliminatory: boolean;

  @Field(() => String, { nullable: true, description: "Reference framework (RGAA 4.1, RGESN 2024, SecNumCloud 3.2…)." })
  @Column({ type: "text", nullable: true })
  reference: string | null;

  @Field(() => [CriterionOption], { nullable: true, description: "CHOICE only." })
  @Column({ type: "jsonb", nullable: true })
  options: CriterionOption[] | null;

  @Field(() => [CriterionLevel], { nullable: true, description: "LEVEL only." })
  @Column({ type: "jsonb", nullable: true })
  levels: CriterionLevel[] | null;

  @Field(() => [NumberThreshold], { nullable: true, description: "NUMBER only, by increasing min." })
  @Column({ type: "jsonb", nullable: true })
  thresholds: NumberThreshold[] | null;
}

@ObjectType({ description: "A theme of the grid (accessibility, security…)." })
@Entity({ name: "criteria_theme" })
export class CriteriaTheme {
  @PrimaryColumn({ name: "grid_version", type: "int" })
  gridVersion: number;

  @Field()
  @PrimaryColumn({ type: "text" })
  code: string;

  @Field({ description: "French label." })
  @Column({ type: "text" })
  label: string;

  @Field(() => Int)
  @Column({ type: "int" })
  position: number;

  @Field(() => [Criterion])
  criteria: Criterion[];
}

@ObjectType({ description: "A version of the assessment grid; assessments stay tied to the version they were made on." })
@Entity({ name: "grid_version" })
export class GridVersion {
  @Field(() => Int)
  @PrimaryColumn({ type: "int" })
  version: number;

  @Field(() => GridStatus)
  @Column({ type: "text" })
  status: GridStatus;

  @Field(() => String, { nullable: true, description: "Publication date, YYYY-MM-DD." })
  @Column({ name: "published_on", type: "date", nullable: true })
  publishedOn: string | null;

  @Field(() => [CriteriaTheme])
  themes: CriteriaTheme[];

  /** Every criterion, in grid order. */
  criteria: Criterion[];
  /** Criteria by code. */
  criterionByCode: Map<string, Criterion>;
}
