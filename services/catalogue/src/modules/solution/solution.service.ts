import type { DataSource, EntityManager } from "typeorm";
import {
  conflict,
  decodeOffsetCursor,
  fieldError,
  forbidden,
  Identity,
  isAdmin,
  isMemberOf,
  notFound,
  requireIdentity,
  requireSupplierMember,
  badInput,
} from "@gouvtech/kit";
import { Solution } from "./solution.entity";
import { SolutionStatus } from "./solution.enums";
import { SolutionStatusChange } from "./solution-status-change.entity";
import type { SolutionInput, SolutionsArgs } from "./solution.inputs";
import { SolutionQuery } from "./solution.query";
import { checkLicences, slugify } from "./solution.rules";
import { recordSolutionChanged } from "./solution.events";
import { Category } from "../category/category.entity";
import { PurchasingCentral, SolutionPurchasingCentral } from "../purchasing-central/purchasing-central.entity";

export interface SolutionList {
  rows: Solution[];
  offset: number;
  query: SolutionQuery;
}

const EDITABLE: SolutionStatus[] = [SolutionStatus.DRAFT, SolutionStatus.REJECTED, SolutionStatus.PENDING_REVIEW, SolutionStatus.PUBLISHED];
const SUBMITTABLE: SolutionStatus[] = [SolutionStatus.DRAFT, SolutionStatus.REJECTED];
/** Admin decisions: the states each one may start from. */
const DECISIONS: Record<"accept" | "reject" | "archive", { from: SolutionStatus[]; to: SolutionStatus; reasonRequired: boolean }> = {
  accept: { from: [SolutionStatus.PENDING_REVIEW], to: SolutionStatus.PUBLISHED, reasonRequired: false },
  reject: { from: [SolutionStatus.PENDING_REVIEW], to: SolutionStatus.REJECTED, reasonRequired: true },
  archive: {
    from: [SolutionStatus.PUBLISHED, SolutionStatus.REJECTED, SolutionStatus.DRAFT, SolutionStatus.PENDING_REVIEW],
    to: SolutionStatus.ARCHIVED,
    reasonRequired: true,
  },
};
export type Decision = keyof typeof DECISIONS;

/** Rules of the catalogue: visibility, referencing workflow, edits with optimistic locking. */
export class SolutionService {
  constructor(private readonly ds: DataSource) {}

  /** Anonymous callers, agents and suppliers see published solutions; admins may ask for any status. */
  private listStatuses(identity: Identity | null, requested?: SolutionStatus[]): SolutionStatus[] {
    if (!requested?.length) return [SolutionStatus.PUBLISHED];
    if (!isAdmin(identity)) throw forbidden("Seule l'équipe du catalogue peut lister les solutions non publiées.");
    return requested;
  }

  canSee(identity: Identity | null, s: Solution): boolean {
    return s.status === SolutionStatus.PUBLISHED || isAdmin(identity) || isMemberOf(identity, s.supplierId);
  }

  list(identity: Identity | null, args: SolutionsArgs): Promise<SolutionList> {
    const query = new SolutionQuery(args.filter, args.search, this.listStatuses(identity, args.filter?.statuses));
    return this.pageOf(query, args);
  }

  /** The caller's supplier's solutions, in the requested statuses (all by default). */
  mine(identity: Identity | null, args: SolutionsArgs): Promise<SolutionList> {
    const who = requireIdentity(identity, "SUPPLIER");
    const statuses = args.filter?.statuses?.length ? args.filter.statuses : Object.values(SolutionStatus);
    const query = new SolutionQuery({ ...args.filter, supplierId: who.supplierId }, args.search, statuses);
    return this.pageOf(query, args);
  }

  private async pageOf(query: SolutionQuery, args: SolutionsArgs): Promise<SolutionList> {
    const offset = decodeOffsetCursor(args.after);
    const rows = await query.page(this.ds.manager, args.sort, offset, args.first);
    return { rows, offset, query };
  }

  async get(
    identity: Identity | null,
    ref: { id?: string; slug?: string },
    load: (id: string) => Promise<Solution | null>,
  ): Promise<Solution | null> {
    if (!!ref.id === !!ref.slug) throw badInput("Indiquez soit id, soit slug.", [{ field: "id", message: "id ou slug, un seul" }]);
    const s = ref.id ? await load(ref.id) : await this.ds.manager.findOneBy(Solution, { slug: ref.slug });
    return s && this.canSee(identity, s) ? s : null;
  }

  async create(identity: Identity | null, input: SolutionInput): Promise<Solution> {
    const who = requireIdentity(identity, "SUPPLIER");
    if (!input.name) throw fieldError("input.name", "obligatoire");
    if (!input.distribution) throw fieldError("input.distribution", "obligatoire");
    if (!input.deployment) throw fieldError("input.deployment", "obligatoire");
    checkLicences(input.distribution, input.licences ?? []);
    return this.ds.transaction(async (m) => {
      const s = m.create(Solution, {
        slug: await this.freeSlug(m, slugify(input.name!)),
        name: input.name!.trim(),
        tagline: input.tagline ?? "",
        description: input.description ?? "",
        logoUrl: input.logoUrl ?? null,
        website: input.website ?? null,
        supplierId: who.supplierId!,
        distribution: input.distribution!,
        licences: input.licences ?? [],
        deployment: input.deployment!,
        pricingModels: input.pricingModels ?? [],
        targetPublics: input.targetPublics ?? [],
        status: SolutionStatus.DRAFT,
      });
      await m.save(s);
      await this.writeRelations(m, s.id, input);
      await this.recordStatus(m, s, null, who, null);
      return s;
    });
  }

  async update(identity: Identity | null, id: string, expectedVersion: number, input: SolutionInput): Promise<Solution> {
    requireIdentity(identity);
    return this.ds.transaction(async (m) => {
      const s = await this.lockOwned(m, identity, id, expectedVersion);
      if (!EDITABLE.includes(s.status)) throw conflict(`Une solution ${s.status} ne peut plus être modifiée.`, { status: s.status });
      const distribution = input.distribution ?? s.distribution;
      const licences = input.licences ?? s.licences;
      checkLicences(distribution, licences);
      Object.assign(s, {
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.tagline !== undefined && { tagline: input.tagline }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.logoUrl !== undefined && { logoUrl: input.logoUrl }),
        ...(input.website !== undefined && { website: input.website }),
        ...(input.deployment !== undefined && { deployment: input.deployment }),
        ...(input.pricingModels !== undefined && { pricingModels: input.pricingModels }),
        ...(input.targetPublics !== undefined && { targetPublics: input.targetPublics }),
        distribution,
        licences,
      });
      await m.save(s);
      await this.writeRelations(m, s.id, input);
      await recordSolutionChanged(m, s);
      return s;
    });
  }

  /** Supplier asks for referencing: DRAFT or REJECTED → PENDING_REVIEW. */
  async submit(identity: Identity | null, id: string, expectedVersion: number): Promise<Solution> {
    requireIdentity(identity);
    return this.ds.transaction(async (m) => {
      const s = await this.lockOwned(m, identity, id, expectedVersion);
      if (!SUBMITTABLE.includes(s.status)) throw conflict(`Une solution ${s.status} ne peut pas être soumise.`, { status: s.status });
      return this.transition(m, s, SolutionStatus.PENDING_REVIEW, identity!, null);
    });
  }

  /** Admin decision on a solution: accept or reject a referencing request, or archive. */
  async decide(identity: Identity | null, id: string, decision: Decision, reason: string | null | undefined): Promise<Solution> {
    const who = requireIdentity(identity, "ADMIN");
    const rule = DECISIONS[decision];
    const why = reason?.trim() || null;
    if (rule.reasonRequired && !why) throw fieldError("reason", "obligatoire pour cette décision");
    return this.ds.transaction(async (m) => {
      const s = await m.findOne(Solution, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!s) throw notFound("Solution", id);
      if (!rule.from.includes(s.status)) throw conflict(`Décision impossible sur une solution ${s.status}.`, { status: s.status });
      return this.transition(m, s, rule.to, who, why);
    });
  }

  private async lockOwned(m: EntityManager, identity: Identity | null, id: string, expectedVersion: number): Promise<Solution> {
    const s = await m.findOne(Solution, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!s) throw notFound("Solution", id);
    requireSupplierMember(identity, s.supplierId);
    if (s.version !== expectedVersion) {
      throw conflict("Cette fiche a été modifiée entre-temps : rechargez-la avant d'enregistrer.", { currentVersion: s.version });
    }
    return s;
  }

  private async transition(m: EntityManager, s: Solution, to: SolutionStatus, who: Identity, reason: string | null): Promise<Solution> {
    const from = s.status;
    s.status = to;
    s.statusReason = reason;
    if (to === SolutionStatus.PUBLISHED) s.publishedAt = new Date();
    await m.save(s);
    await this.recordStatus(m, s, from, who, reason);
    return s;
  }

  private async recordStatus(m: EntityManager, s: Solution, from: SolutionStatus | null, who: Identity, reason: string | null) {
    await m.insert(SolutionStatusChange, { solutionId: s.id, fromStatus: from, toStatus: s.status, actorSub: who.sub, reason });
    await recordSolutionChanged(m, s);
  }

  private async freeSlug(m: EntityManager, base: string): Promise<string> {
    const taken: { slug: string }[] = await m.query(`SELECT slug FROM catalogue.solution WHERE slug = $1 OR slug LIKE $2`, [
      base,
      `${base}-%`,
    ]);
    const set = new Set(taken.map((t) => t.slug));
    if (!set.has(base)) return base;
    for (let i = 2; ; i++) if (!set.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  /** Replaces categories and listings when given; unknown codes are a BAD_USER_INPUT naming the field. */
  private async writeRelations(m: EntityManager, solutionId: string, input: SolutionInput): Promise<void> {
    if (input.categories) {
      const codes = [...new Set(input.categories)];
      const found = await m.createQueryBuilder(Category, "c").where("c.code = ANY(:codes)", { codes }).getMany();
      const missing = codes.filter((c) => !found.some((f) => f.code === c));
      if (missing.length) throw fieldError("input.categories", `catégories inconnues : ${missing.join(", ")}`);
      await m.query(`DELETE FROM catalogue.solution_category WHERE solution_id = $1`, [solutionId]);
      if (found.length) {
        await m.query(`INSERT INTO catalogue.solution_category (solution_id, category_id) SELECT $1, unnest($2::uuid[])`, [
          solutionId,
          found.map((f) => f.id),
        ]);
      }
    }
    if (input.purchasingCentrals) {
      const codes = [...new Set(input.purchasingCentrals.map((l) => l.code.toUpperCase()))];
      const found = await m.createQueryBuilder(PurchasingCentral, "pc").where("pc.code = ANY(:codes)", { codes }).getMany();
      const missing = codes.filter((c) => !found.some((f) => f.code === c));
      if (missing.length) throw fieldError("input.purchasingCentrals", `centrales d'achat inconnues : ${missing.join(", ")}`);
      await m.delete(SolutionPurchasingCentral, { solutionId });
      for (const l of input.purchasingCentrals) {
        const central = found.find((f) => f.code === l.code.toUpperCase())!;
        await m.upsert(SolutionPurchasingCentral, { solutionId, purchasingCentralId: central.id, reference: l.reference ?? null }, [
          "solutionId",
          "purchasingCentralId",
        ]);
      }
    }
  }
}
