import { FieldResolver, Resolver, Root } from "type-graphql";
import { Answer } from "./answer.entity";
import { EvidenceLevel } from "./assessment.enums";
import { evidenceLevel, isoDay } from "./evidence-level";

@Resolver(() => Answer)
export class AnswerResolver {
  @FieldResolver(() => EvidenceLevel)
  evidenceLevel(@Root() a: Answer): EvidenceLevel {
    return evidenceLevel(a, isoDay(new Date()));
  }
}
