import { registerEnumType } from "type-graphql";

/** How a criterion is answered (criteria-grid.md). */
export enum AnswerType {
  YES_NO = "YES_NO",
  LEVEL = "LEVEL",
  PERCENT = "PERCENT",
  CHOICE = "CHOICE",
  NUMBER = "NUMBER",
}
registerEnumType(AnswerType, {
  name: "AnswerType",
  description: "YES_NO (booleanValue), LEVEL 0–3, PERCENT 0–100, NUMBER a count (numberValue), CHOICE (choice: an option code).",
});

export enum GridStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  RETIRED = "RETIRED",
}
registerEnumType(GridStatus, { name: "GridStatus" });

/** LEVEL answers score value / 3. */
export const MAX_LEVEL = 3;

export interface ChoiceOptionData {
  code: string;
  label: string;
  score: number;
}
export interface LevelData {
  value: number;
  label: string;
}
export interface ThresholdData {
  /** Smallest count that earns `score`. */
  min: number;
  score: number;
}
