import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "@gouvtech/kit";
import { Solution } from "./solution.entity";

@ObjectType({ description: "How many solutions a filter value would give, with the other filters applied." })
export class FacetCount {
  @Field({ description: "Enum value or code." })
  value: string;
  @Field({ description: "French label." })
  label: string;
  @Field(() => Int)
  count: number;
}

@ObjectType()
export class SolutionFacets {
  @Field(() => [FacetCount])
  categories: FacetCount[];
  @Field(() => [FacetCount])
  distributions: FacetCount[];
  @Field(() => [FacetCount])
  deployments: FacetCount[];
  @Field(() => [FacetCount])
  purchasingCentrals: FacetCount[];
  @Field(() => [FacetCount])
  targetPublics: FacetCount[];
}

@ObjectType("SolutionConnection")
export class SolutionConnection extends Connection("Solution", Solution) {
  @Field(() => SolutionFacets, { description: "Counts per filter value (each facet ignores its own filter)." })
  facets: SolutionFacets;
}
