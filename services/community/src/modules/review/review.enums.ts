import { registerEnumType } from "type-graphql";

export enum ReviewStatus {
  PENDING = "PENDING",
  PUBLISHED = "PUBLISHED",
  REJECTED = "REJECTED",
}
export enum UsageDuration {
  LESS_THAN_6_MONTHS = "LESS_THAN_6_MONTHS",
  SIX_TO_24_MONTHS = "SIX_TO_24_MONTHS",
  MORE_THAN_2_YEARS = "MORE_THAN_2_YEARS",
}
export enum UsageUsers {
  UP_TO_10 = "UP_TO_10",
  UP_TO_100 = "UP_TO_100",
  UP_TO_1000 = "UP_TO_1000",
  MORE_THAN_1000 = "MORE_THAN_1000",
}
export enum UsageDeployment {
  ON_PREMISE = "ON_PREMISE",
  CLOUD = "CLOUD",
  HYBRID = "HYBRID",
}
export enum ReviewSort {
  RECENT = "RECENT",
  RATING_HIGH = "RATING_HIGH",
  RATING_LOW = "RATING_LOW",
}
export enum RatingDimension {
  EASE_OF_USE = "EASE_OF_USE",
  FUNCTIONAL_FIT = "FUNCTIONAL_FIT",
  SUPPORT_QUALITY = "SUPPORT_QUALITY",
  VALUE_FOR_MONEY = "VALUE_FOR_MONEY",
}
/** Dimension → column of community.review. */
export const DIMENSION_COLUMNS: Record<RatingDimension, string> = {
  EASE_OF_USE: "ease_of_use",
  FUNCTIONAL_FIT: "functional_fit",
  SUPPORT_QUALITY: "support_quality",
  VALUE_FOR_MONEY: "value_for_money",
};

registerEnumType(ReviewStatus, { name: "ReviewStatus", description: "Moderation: PENDING → PUBLISHED or REJECTED." });
registerEnumType(UsageDuration, { name: "UsageDuration", description: "How long the administration has used the solution." });
registerEnumType(UsageUsers, { name: "UsageUsers", description: "How many users the solution serves there." });
registerEnumType(UsageDeployment, { name: "UsageDeployment", description: "How the administration runs the solution." });
registerEnumType(ReviewSort, { name: "ReviewSort" });
registerEnumType(RatingDimension, { name: "RatingDimension", description: "Optional ratings beside the overall one." });
