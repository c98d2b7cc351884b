import type { Identity } from "@gouvtech/kit";
import type { CommunityHarness } from "./harness";
import { as } from "./harness";

export const CREATE_REVIEW = `mutation($solutionId: ID!, $input: ReviewInput!) {
  createReview(solutionId: $solutionId, input: $input) { id status version administration rating title body }
}`;
export const PUBLISH = `mutation($id: ID!, $reason: String) { publishReview(id: $id, reason: $reason) { id status } }`;
export const REJECT = `mutation($id: ID!, $reason: String) { rejectReview(id: $id, reason: $reason) { id status rejectionReason } }`;
export const REPLY = `mutation($reviewId: ID!, $text: String!) { replyToReview(reviewId: $reviewId, text: $text) { body } }`;
export const FLAG = `mutation($reviewId: ID!, $text: String!) { flagReview(reviewId: $reviewId, text: $text) { id } }`;
export const REPORT = `mutation($input: AnomalyReportInput!) { reportAnomaly(input: $input) { id status } }`;

export const reviewInput = (over: Record<string, unknown> = {}) => ({
  rating: 4,
  title: "Très utile au quotidien",
  body: "Nous l'utilisons dans trois services depuis un an, sans incident notable.",
  dimensions: { easeOfUse: 5, supportQuality: 3 },
  usage: { duration: "SIX_TO_24_MONTHS", users: "UP_TO_100", deployment: "CLOUD" },
  ...over,
});

/** Writes a review as `agent`, then publishes it as admin; returns its id. */
export async function publishedReview(
  h: CommunityHarness,
  solutionId: string,
  agent: Identity,
  over: Record<string, unknown> = {},
): Promise<string> {
  const created = await h.gql<{ createReview: { id: string } }>(CREATE_REVIEW, { solutionId, input: reviewInput(over) }, agent);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const id = created.data!.createReview.id;
  const pub = await h.gql(PUBLISH, { id }, as.admin);
  if (pub.errors) throw new Error(JSON.stringify(pub.errors));
  return id;
}
