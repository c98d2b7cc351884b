import { registerEnumType } from "type-graphql";

export enum Distribution {
  OPEN_SOURCE = "OPEN_SOURCE",
  PROPRIETARY = "PROPRIETARY",
  HYBRID = "HYBRID",
}
export enum Deployment {
  ON_PREMISE = "ON_PREMISE",
  CLOUD = "CLOUD",
  HYBRID = "HYBRID",
}
export enum PricingModel {
  FREE = "FREE",
  LICENCE_PURCHASE = "LICENCE_PURCHASE",
  SUBSCRIPTION = "SUBSCRIPTION",
  ON_QUOTE = "ON_QUOTE",
}
export enum TargetPublic {
  STATE = "STATE",
  LOCAL_AUTHORITY = "LOCAL_AUTHORITY",
  HOSPITAL = "HOSPITAL",
  PUBLIC_OPERATOR = "PUBLIC_OPERATOR",
}
export enum SolutionStatus {
  DRAFT = "DRAFT",
  PENDING_REVIEW = "PENDING_REVIEW",
  PUBLISHED = "PUBLISHED",
  REJECTED = "REJECTED",
  ARCHIVED = "ARCHIVED",
}
export enum SillRecommendation {
  RECOMMENDED = "RECOMMENDED",
  IN_OBSERVATION = "IN_OBSERVATION",
  NO_LONGER_RECOMMENDED = "NO_LONGER_RECOMMENDED",
}
export enum SolutionSort {
  RELEVANCE = "RELEVANCE",
  NAME = "NAME",
  RECENT = "RECENT",
  SCORE = "SCORE",
  RATING = "RATING",
}

registerEnumType(Distribution, { name: "Distribution", description: "How the solution is distributed." });
registerEnumType(Deployment, { name: "Deployment", description: "Where the solution runs." });
registerEnumType(PricingModel, { name: "PricingModel" });
registerEnumType(TargetPublic, { name: "TargetPublic", description: "Public bodies the solution is meant for." });
registerEnumType(SolutionStatus, { name: "SolutionStatus", description: "Referencing workflow." });
registerEnumType(SillRecommendation, {
  name: "SillRecommendation",
  description: "Status in the SILL (free software recommended by the State).",
});
registerEnumType(SolutionSort, {
  name: "SolutionSort",
  description: "RELEVANCE needs a search; it falls back to NAME otherwise.",
  valuesConfig: {
    SCORE: { description: "Best overall score of the published assessment first; solutions without one last." },
    RATING: { description: "Best average rating by public agents first; solutions without one last." },
  },
});
