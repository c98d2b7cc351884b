import type { Identity } from "@gouvtech/kit";
import type { AssessmentHarness } from "./harness";
import type { AnswerInput } from "../src/modules/assessment/answer.input";
import type { Criterion } from "../src/modules/grid/grid.entity";
import { AnswerType } from "../src/modules/grid/grid.model";

let counter = 0;

/** A solution created by the supplier in the catalogue, optionally published by an admin (in process, with events). */
export async function catalogueSolution(h: AssessmentHarness, owner: Identity, opts: { publish?: boolean; name?: string } = {}) {
  const solutions = h.catalogue.services.solutions;
  counter += 1;
  const s = await solutions.create(owner, {
    name: opts.name ?? `Solution de test ${counter}`,
    distribution: "PROPRIETARY",
    deployment: "CLOUD",
  } as never);
  if (opts.publish ?? true) {
    await solutions.submit(owner, s.id, s.version);
    await solutions.decide({ sub: "admin-1", role: "ADMIN" }, s.id, "accept", null);
  }
  return s.id;
}

/** A valid answer for a criterion: the best value, or the worst when `worst`. */
export function validAnswer(c: Criterion, worst = false): AnswerInput {
  const base = { criterionCode: c.code, notApplicable: false };
  switch (c.answerType) {
    case AnswerType.YES_NO:
      return { ...base, booleanValue: !worst };
    case AnswerType.LEVEL:
      return { ...base, numberValue: worst ? 0 : 3 };
    case AnswerType.PERCENT:
      return { ...base, numberValue: worst ? 0 : 100 };
    case AnswerType.CHOICE: {
      const sorted = [...(c.options ?? [])].sort((a, b) => a.score - b.score);
      return { ...base, choice: (worst ? sorted[0] : sorted[sorted.length - 1]).code };
    }
    case AnswerType.NUMBER:
      return { ...base, numberValue: worst ? 0 : 1000 };
  }
}

export const gridCriteria = async (h: AssessmentHarness) => (await h.assessment.services.grids.require(1)).criteria;

export const START = `mutation($id: ID!) { startAssessment(solutionId: $id) { id status version gridVersion } }`;
export const SAVE = `mutation($id: ID!, $v: Int!, $answers: [AnswerInput!]!) {
  saveAnswers(assessmentId: $id, expectedVersion: $v, answers: $answers) { id version status completeness } }`;
export const SUBMIT = `mutation($id: ID!, $v: Int!) { submitAssessment(assessmentId: $id, expectedVersion: $v) { id status version } }`;
export const PUBLISH = `mutation($id: ID!) { publishAssessment(assessmentId: $id) { id status isCurrent overallScore completeness failedEliminatory scores { theme value } } }`;
export const RETURN = `mutation($id: ID!, $reason: String!) { returnAssessment(assessmentId: $id, reason: $reason) { id status returnReason version } }`;
export const VERIFY = `mutation($id: ID!, $code: String!) { verifyAnswer(assessmentId: $id, criterionCode: $code) { criterionCode evidenceLevel } }`;
