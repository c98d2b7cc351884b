import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { createEntityLoader, groupByKeys, isUuid, MAX_PAGE_SIZE, orderByKeys } from "@gouvtech/kit";
import { Assessment } from "./assessment.entity";
import { Answer } from "./answer.entity";
import { ThemeScore } from "./theme-score.entity";
import { AssessmentStatus, OPEN_STATUSES } from "./assessment.enums";
import { SolutionProjection } from "@gouvtech/kit";

const uuids = (keys: readonly string[]) => keys.filter(isUuid);

/** Per-request loaders of the assessment subgraph: one statement per batch, whatever its size. */
export function createAssessmentLoaders(manager: EntityManager) {
  const assessments = () => manager.createQueryBuilder(Assessment, "a");
  const historyLoaders = new Map<number, DataLoader<string, Assessment[]>>();
  return {
    solutionById: createEntityLoader(manager, SolutionProjection),
    assessmentById: createEntityLoader(manager, Assessment),
    currentBySolution: new DataLoader<string, Assessment | null>(async (ids) => {
      const rows = await assessments()
        .where("a.solution_id = ANY(:ids) AND a.is_current", { ids: uuids(ids) })
        .getMany();
      return orderByKeys(ids, rows, (a) => a.solutionId);
    }),
    openBySolution: new DataLoader<string, Assessment | null>(async (ids) => {
      const rows = await assessments()
        .where("a.solution_id = ANY(:ids) AND a.status = ANY(:open)", { ids: uuids(ids), open: OPEN_STATUSES })
        .getMany();
      return orderByKeys(ids, rows, (a) => a.solutionId);
    }),
    /** Published assessments of each solution, newest first, at most `first` each. */
    historyBySolution(first: number): DataLoader<string, Assessment[]> {
      const limit = Math.min(Math.max(1, first), MAX_PAGE_SIZE);
      let loader = historyLoaders.get(limit);
      if (!loader) {
        loader = new DataLoader<string, Assessment[]>(async (ids) => {
          const ranked = manager
            .createQueryBuilder(Assessment, "h")
            .select("h.id", "id")
            .addSelect("row_number() OVER (PARTITION BY h.solution_id ORDER BY h.published_at DESC, h.id)", "rank")
            .where("h.solution_id = ANY(:ids) AND h.status = :published");
          const rows = await assessments()
            .innerJoin(`(${ranked.getQuery()})`, "r", "r.id = a.id AND r.rank <= :limit")
            .setParameters({ ids: uuids(ids), published: AssessmentStatus.PUBLISHED, limit })
            .orderBy("a.published_at", "DESC")
            .addOrderBy("a.id")
            .getMany();
          return groupByKeys(ids, rows, (a) => a.solutionId);
        });
        historyLoaders.set(limit, loader);
      }
      return loader;
    },
    scoresByAssessment: new DataLoader<string, ThemeScore[]>(async (ids) => {
      const rows = await manager
        .createQueryBuilder(ThemeScore, "s")
        .where("s.assessment_id = ANY(:ids)", { ids: uuids(ids) })
        .orderBy("s.position")
        .getMany();
      return groupByKeys(ids, rows, (s) => s.assessmentId);
    }),
    answersByAssessment: new DataLoader<string, Answer[]>(async (ids) => {
      const rows = await manager
        .createQueryBuilder(Answer, "x")
        .where("x.assessment_id = ANY(:ids)", { ids: uuids(ids) })
        .orderBy("x.criterion_code")
        .getMany();
      return groupByKeys(ids, rows, (x) => x.assessmentId);
    }),
  };
}
export type AssessmentLoaders = ReturnType<typeof createAssessmentLoaders>;
