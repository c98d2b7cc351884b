import type { DataSource, EntityManager } from "typeorm";
import { badInput, conflict, fieldError, Identity, isUuid, notFound, requireIdentity, requireSupplierMember } from "@gouvtech/kit";
import { updateReturning } from "@gouvtech/kit";
import type { GridService } from "../grid/grid.service";
import { SolutionProjection } from "@gouvtech/kit";
import { Assessment } from "./assessment.entity";
import { Answer } from "./answer.entity";
import type { AnswerInput } from "./answer.input";
import { validateAnswers } from "./answer.validation";
import { AssessmentStatus, EDITABLE_STATUSES, OPEN_STATUSES } from "./assessment.enums";
import { publishWithScores } from "./assessment.publication";
import { clearAnswers, writeAnswers } from "./answer.writer";

const ARCHIVED_SOLUTION = "ARCHIVED";
const MAX_REASON = 2000;
const stale = (currentVersion: number) =>
  conflict("Cette évaluation a été modifiée entre-temps : rechargez-la avant d'enregistrer.", { currentVersion });

/** Lifecycle of assessments: ownership checks, validation, transactions. */
export class AssessmentService {
  constructor(
    private readonly ds: DataSource,
    private readonly grids: GridService,
  ) {}

  /** Supplier members of the solution's owner start a DRAFT on the current grid version. */
  async start(identity: Identity | null, solutionId: string): Promise<Assessment> {
    const who = requireIdentity(identity);
    const solution = await this.solution(this.ds.manager, solutionId);
    requireSupplierMember(who, solution.supplierId);
    if (solution.status === ARCHIVED_SOLUTION) throw conflict("Cette solution est archivée.", { status: solution.status });
    const gridVersion = await this.grids.currentVersion();
    return this.ds.transaction(async (m) => {
      const open = await m
        .createQueryBuilder(Assessment, "a")
        .setLock("pessimistic_write")
        .where("a.solution_id = :id AND a.status = ANY(:open)", { id: solutionId, open: OPEN_STATUSES })
        .getOne();
      if (open) throw conflict("Une évaluation est déjà en cours pour cette solution.", { assessmentId: open.id });
      const a = m.create(Assessment, { solutionId, gridVersion, status: AssessmentStatus.DRAFT, createdBy: who.sub });
      return m.save(a).catch((err: { code?: string }) => {
        if (err.code === "23505") throw conflict("Une évaluation est déjà en cours pour cette solution.");
        throw err;
      });
    });
  }

  /**
   * Validates every answer first, then writes them all in one transaction, or nothing.
   * An answer with neither a value nor notApplicable removes that criterion's answer.
   */
  async saveAnswers(identity: Identity | null, id: string, expectedVersion: number, inputs: AnswerInput[]): Promise<Assessment> {
    const a = await this.ownedForEdit(identity, id);
    const grid = await this.grids.require(a.gridVersion);
    const { rows, clears, problems } = validateAnswers(grid.criterionByCode, inputs);
    if (problems.length) {
      throw badInput(`Réponses invalides : ${problems.map((p) => `${p.field} (${p.message})`).join(", ")}`, problems);
    }
    if (a.version !== expectedVersion) throw stale(a.version);
    return this.ds.transaction(async (m) => {
      await this.bumpVersion(m, id, expectedVersion, EDITABLE_STATUSES, "");
      await writeAnswers(m, id, rows);
      await clearAnswers(m, id, clears);
      return m.findOneByOrFail(Assessment, { id });
    });
  }

  /** DRAFT or RETURNED → SUBMITTED, for the catalogue team to review. */
  async submit(identity: Identity | null, id: string, expectedVersion: number): Promise<Assessment> {
    const a = await this.ownedForEdit(identity, id);
    if (a.version !== expectedVersion) throw stale(a.version);
    return this.ds.transaction(async (m) => {
      const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM assessment.answer WHERE assessment_id = $1`, [id]);
      if (count === 0)
        throw badInput("Répondez à au moins un critère avant de soumettre.", [{ field: "answers", message: "aucune réponse" }]);
      await this.bumpVersion(m, id, expectedVersion, EDITABLE_STATUSES, `, status = 'SUBMITTED', submitted_at = now()`);
      return m.findOneByOrFail(Assessment, { id });
    });
  }

  /** Admin: SUBMITTED → PUBLISHED, scores computed and stored; it becomes the solution's current assessment. */
  async publish(identity: Identity | null, id: string): Promise<Assessment> {
    const who = requireIdentity(identity, "ADMIN");
    return this.ds.transaction(async (m) => {
      const a = await this.lockSubmitted(m, id);
      const grid = await this.grids.require(a.gridVersion, m);
      const answers = await m.findBy(Answer, { assessmentId: id });
      await publishWithScores(m, a, grid, answers, who.sub);
      return a;
    });
  }

  /** Admin: SUBMITTED → RETURNED to the supplier, with a reason. */
  async returnToSupplier(identity: Identity | null, id: string, reason: string): Promise<Assessment> {
    requireIdentity(identity, "ADMIN");
    const why = reason?.trim();
    if (!why) throw fieldError("reason", "obligatoire");
    if (why.length > MAX_REASON) throw fieldError("reason", `${MAX_REASON} caractères au plus`);
    return this.ds.transaction(async (m) => {
      const a = await this.lockSubmitted(m, id);
      await this.bumpVersion(m, id, a.version, [AssessmentStatus.SUBMITTED], `, status = 'RETURNED', return_reason = $3`, [why]);
      return m.findOneByOrFail(Assessment, { id });
    });
  }

  /** Admin: marks one answer of a submitted or published assessment as verified (or not). */
  async verifyAnswer(identity: Identity | null, id: string, criterionCode: string, verified: boolean): Promise<Answer> {
    const who = requireIdentity(identity, "ADMIN");
    return this.ds.transaction(async (m) => {
      const a = await this.lock(m, id);
      if (a.status !== AssessmentStatus.SUBMITTED && a.status !== AssessmentStatus.PUBLISHED) {
        throw conflict(`Une évaluation ${a.status} ne peut pas être vérifiée.`, { status: a.status });
      }
      const [row] = await updateReturning<{ criterion_code: string }>(
        m,
        `UPDATE assessment.answer SET verified_at = CASE WHEN $3 THEN now() END, verified_by = CASE WHEN $3 THEN $4 END, updated_at = now()
          WHERE assessment_id = $1 AND criterion_code = $2 RETURNING criterion_code`,
        [id, criterionCode, verified, who.sub],
      );
      if (!row) throw notFound("Réponse", criterionCode);
      await this.bumpVersion(m, id, a.version, [a.status], "");
      return m.findOneByOrFail(Answer, { assessmentId: id, criterionCode });
    });
  }

  private async solution(m: EntityManager, solutionId: string): Promise<SolutionProjection> {
    const p = isUuid(solutionId) ? await m.findOneBy(SolutionProjection, { id: solutionId }) : null;
    if (!p) throw notFound("Solution", solutionId);
    return p;
  }

  private async ownedForEdit(identity: Identity | null, id: string): Promise<Assessment> {
    requireIdentity(identity);
    const a = isUuid(id) ? await this.ds.manager.findOneBy(Assessment, { id }) : null;
    if (!a) throw notFound("Évaluation", id);
    const solution = await this.solution(this.ds.manager, a.solutionId);
    requireSupplierMember(identity, solution.supplierId);
    if (!EDITABLE_STATUSES.includes(a.status)) throw conflict(`Une évaluation ${a.status} n'est plus modifiable.`, { status: a.status });
    return a;
  }

  private async lock(m: EntityManager, id: string): Promise<Assessment> {
    const a = isUuid(id) ? await m.findOne(Assessment, { where: { id }, lock: { mode: "pessimistic_write" } }) : null;
    if (!a) throw notFound("Évaluation", id);
    return a;
  }

  private async lockSubmitted(m: EntityManager, id: string): Promise<Assessment> {
    const a = await this.lock(m, id);
    if (a.status !== AssessmentStatus.SUBMITTED)
      throw conflict(`Une évaluation ${a.status} ne peut pas être traitée.`, { status: a.status });
    return a;
  }

  /** Compare-and-set on the version: of two writers holding the same version, exactly one wins. */
  private async bumpVersion(
    m: EntityManager,
    id: string,
    expectedVersion: number,
    statuses: AssessmentStatus[],
    set: string,
    extra: unknown[] = [],
  ): Promise<void> {
    const rows = await updateReturning<{ version: number }>(
      m,
      `UPDATE assessment.assessment SET version = version + 1, updated_at = now()${set}
        WHERE id = $1 AND version = $2 AND status = ANY(${"$" + (3 + extra.length)}) RETURNING version`,
      [id, expectedVersion, ...extra, statuses],
    );
    if (rows.length === 0) {
      const current = await m.findOneBy(Assessment, { id });
      throw stale(current?.version ?? expectedVersion);
    }
  }
}
