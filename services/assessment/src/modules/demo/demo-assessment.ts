import type { EntityManager } from "typeorm";
import type { GridService } from "../grid/grid.service";
import { Assessment } from "../assessment/assessment.entity";
import { AssessmentStatus } from "../assessment/assessment.enums";
import { writeAnswers } from "../assessment/answer.writer";
import { publishWithScores } from "../assessment/assessment.publication";
import { PUBLISHED_SOLUTION } from "@gouvtech/kit";
import type { ProjectionChange } from "@gouvtech/kit";
import { demoAnswers, hasDemoAssessment } from "./demo-answers";

export const DEMO_ACTOR = "demo-seed";

/**
 * With SEED_DEMO_DATA: when the projection first learns of a published seeded solution
 * (a demo one, or one that arrives already published, as SILL imports do), gives it a
 * published assessment derived from its id, in the same transaction. Idempotent: a
 * solution that has any assessment is left alone.
 */
export function demoAssessmentSeeder(grids: GridService) {
  return async (m: EntityManager, change: ProjectionChange): Promise<void> => {
    const s = change.payload;
    if (s.status !== PUBLISHED_SOLUTION || !(s.isDemo || change.inserted) || !hasDemoAssessment(s.id)) return;
    const existing: unknown[] = await m.query(`SELECT 1 FROM assessment.assessment WHERE solution_id = $1 LIMIT 1`, [s.id]);
    if (existing.length) return;
    const grid = await grids.require(await grids.currentVersion(m), m);
    const a = await m.save(
      m.create(Assessment, {
        solutionId: s.id,
        gridVersion: grid.version,
        status: AssessmentStatus.SUBMITTED,
        submittedAt: new Date(),
        createdBy: DEMO_ACTOR,
        isDemo: true,
      }),
    );
    const answers = demoAnswers(s.id, grid.criteria);
    await writeAnswers(m, a.id, answers);
    await publishWithScores(m, a, grid, answers, DEMO_ACTOR);
  };
}
