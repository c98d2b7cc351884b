import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Deployment, Distribution, PricingModel, SillRecommendation, SolutionStatus, TargetPublic } from "./solution.enums";

@ObjectType({ description: "Identifiers of the solution in other public registries." })
export class ExternalIds {
  @Field(() => Int, { nullable: true, description: "Id in the SILL (Socle interministériel des logiciels libres)." })
  sillId: number | null;
  @Field(() => String, { nullable: true })
  wikidataId: string | null;
  @Field(() => Int, { nullable: true })
  comptoirDuLibreId: number | null;
}

@ObjectType({ description: "A digital solution, as its supplier describes it." })
@Directive('@key(fields: "id")')
@Entity({ name: "solution" })
export class Solution {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "URL-friendly unique name." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field({ description: "One-line pitch." })
  @Column({ type: "text", default: "" })
  tagline: string;

  @Field({ description: "Markdown, written by the supplier. Render it without raw HTML." })
  @Column({ type: "text", default: "" })
  description: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "logo_url", type: "text", nullable: true })
  logoUrl: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  website: string | null;

  @Column({ name: "supplier_id", type: "uuid", nullable: true })
  supplierId: string | null;

  @Field(() => Distribution)
  @Column({ type: "text" })
  distribution: Distribution;

  @Field(() => [String], { description: "SPDX licence ids." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  licences: string[];

  @Field(() => Deployment)
  @Column({ type: "text" })
  deployment: Deployment;

  @Field(() => [PricingModel])
  @Column({ name: "pricing_models", type: "text", array: true, default: () => "'{}'" })
  pricingModels: PricingModel[];

  @Field(() => [TargetPublic])
  @Column({ name: "target_publics", type: "text", array: true, default: () => "'{}'" })
  targetPublics: TargetPublic[];

  @Column({ name: "sill_id", type: "int", nullable: true, unique: true })
  sillId: number | null;

  @Column({ name: "wikidata_id", type: "text", nullable: true })
  wikidataId: string | null;

  @Column({ name: "comptoir_du_libre_id", type: "int", nullable: true })
  comptoirDuLibreId: number | null;

  @Field(() => SillRecommendation, { nullable: true })
  @Column({ name: "sill_recommendation", type: "text", nullable: true })
  sillRecommendation: SillRecommendation | null;

  @Field(() => SolutionStatus)
  @Column({ type: "text", default: SolutionStatus.DRAFT })
  status: SolutionStatus;

  @Field(() => String, { nullable: true, description: "Reason of the last referencing decision (rejection, archiving)." })
  @Column({ name: "status_reason", type: "text", nullable: true })
  statusReason: string | null;

  @Field({ description: "Written for the demo: fictional supplier and product." })
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
}
