import type { EntityManager } from "typeorm";
import { Solution } from "./solution.entity";
import { SolutionStanding } from "../standing/solution-standing.entity";
import { SolutionSort, SolutionStatus } from "./solution.enums";
import type { SolutionFilter } from "./solution.inputs";
import { toFrenchTsQuery } from "./solution.search";

type Dimension = "category" | "distribution" | "deployment" | "purchasingCentral" | "targetPublic" | "other";

export interface FacetRow {
  facet: "total" | "category" | "distribution" | "deployment" | "purchasingCentral" | "targetPublic";
  value: string | null;
  label: string | null;
  count: number;
}

/**
 * The WHERE clause of a catalogue listing, kept per dimension so that each facet is
 * counted with every filter but its own (disjunctive facets: picking "Cloud" still
 * shows how many "On premise" there would be).
 */
export class SolutionQuery {
  private readonly conditions: { dim: Dimension; sql: string }[] = [];
  readonly params: Record<string, unknown> = {};
  readonly tsQuery: string | null;

  constructor(filter: SolutionFilter | undefined, search: string | undefined, statuses: SolutionStatus[]) {
    this.add("other", "s.status = ANY(:statuses)", { statuses });
    this.tsQuery = toFrenchTsQuery(search);
    if (this.tsQuery) this.add("other", "s.search_vector @@ to_tsquery('french', :tsq)", { tsq: this.tsQuery });
    if (filter?.supplierId) this.add("other", "s.supplier_id = :supplierId", { supplierId: filter.supplierId });
    if (filter?.distributions?.length)
      this.add("distribution", "s.distribution = ANY(:distributions)", { distributions: filter.distributions });
    if (filter?.deployments?.length) this.add("deployment", "s.deployment = ANY(:deployments)", { deployments: filter.deployments });
    if (filter?.targetPublics?.length)
      this.add("targetPublic", "s.target_publics && (:targetPublics)::text[]", { targetPublics: filter.targetPublics });
    if (filter?.minScore != null)
      this.add(
        "other",
        "EXISTS (SELECT 1 FROM catalogue.solution_standing fst WHERE fst.solution_id = s.id AND fst.overall_score >= :minScore)",
        { minScore: filter.minScore },
      );
    if (filter?.minRating != null)
      this.add(
        "other",
        "EXISTS (SELECT 1 FROM catalogue.solution_standing fst WHERE fst.solution_id = s.id AND fst.rating_average >= :minRating)",
        { minRating: filter.minRating },
      );
    if (filter?.categories?.length) {
      this.add(
        "category",
        `EXISTS (SELECT 1 FROM catalogue.solution_category fsc
                   JOIN catalogue.category fc ON fc.id = fsc.category_id
                   LEFT JOIN catalogue.category fp ON fp.id = fc.parent_id
                  WHERE fsc.solution_id = s.id AND (fc.code = ANY(:categories) OR fp.code = ANY(:categories)))`,
        { categories: filter.categories },
      );
    }
    if (filter?.purchasingCentrals?.length) {
      this.add(
        "purchasingCentral",
        `EXISTS (SELECT 1 FROM catalogue.solution_purchasing_central fspc
                   JOIN catalogue.purchasing_central fpc ON fpc.id = fspc.purchasing_central_id
                  WHERE fspc.solution_id = s.id AND fpc.code = ANY(:centrals))`,
        { centrals: filter.purchasingCentrals.map((c) => c.toUpperCase()) },
      );
    }
  }

  private add(dim: Dimension, sql: string, params: Record<string, unknown>) {
    this.conditions.push({ dim, sql });
    Object.assign(this.params, params);
  }

  where(except?: Dimension): string {
    return this.conditions
      .filter((c) => c.dim !== except)
      .map((c) => `(${c.sql})`)
      .join(" AND ");
  }

  /** One page of solutions, in one statement. */
  async page(manager: EntityManager, sort: SolutionSort | undefined, offset: number, limit: number): Promise<Solution[]> {
    const qb = manager.createQueryBuilder(Solution, "s").where(this.where(), this.params);
    const effective = sort ?? (this.tsQuery ? SolutionSort.RELEVANCE : SolutionSort.NAME);
    if (effective === SolutionSort.RELEVANCE && this.tsQuery) {
      qb.addSelect("ts_rank_cd(s.search_vector, to_tsquery('french', :tsq))", "rank").orderBy("rank", "DESC");
      qb.addOrderBy("lower(s.name)", "ASC");
    } else if (effective === SolutionSort.RECENT) {
      qb.orderBy("s.updated_at", "DESC");
    } else if (effective === SolutionSort.SCORE || effective === SolutionSort.RATING) {
      // projected from the assessment and community feeds (modules/standing); unknown ones last
      qb.leftJoin(SolutionStanding, "st", "st.solution_id = s.id");
      if (effective === SolutionSort.SCORE) qb.orderBy("st.overall_score", "DESC", "NULLS LAST");
      else qb.orderBy("st.rating_average", "DESC", "NULLS LAST").addOrderBy("st.rating_count", "DESC", "NULLS LAST");
      qb.addOrderBy("lower(s.name)", "ASC");
    } else {
      qb.orderBy("lower(s.name)", "ASC");
    }
    return qb.addOrderBy("s.id", "ASC").offset(offset).limit(limit).getMany();
  }

  /** Total and every facet, in one statement. */
  async facets(manager: EntityManager): Promise<FacetRow[]> {
    const sql = `
      WITH total AS (
        SELECT count(*)::int AS n FROM catalogue.solution s WHERE ${this.where()}
      ), f_distribution AS (
        SELECT s.distribution AS value, count(*)::int AS n FROM catalogue.solution s
         WHERE ${this.where("distribution")} GROUP BY 1
      ), f_deployment AS (
        SELECT s.deployment AS value, count(*)::int AS n FROM catalogue.solution s
         WHERE ${this.where("deployment")} GROUP BY 1
      ), f_target AS (
        SELECT t.value, count(*)::int AS n FROM catalogue.solution s CROSS JOIN LATERAL unnest(s.target_publics) AS t(value)
         WHERE ${this.where("targetPublic")} GROUP BY 1
      ), f_category AS (
        SELECT x.code AS value, count(DISTINCT s.id)::int AS n
          FROM catalogue.solution s
          JOIN catalogue.solution_category sc ON sc.solution_id = s.id
          JOIN catalogue.category c ON c.id = sc.category_id
          LEFT JOIN catalogue.category p ON p.id = c.parent_id
          CROSS JOIN LATERAL (VALUES (c.code), (p.code)) AS x(code)
         WHERE x.code IS NOT NULL AND ${this.where("category")} GROUP BY 1
      ), f_central AS (
        SELECT pc.code AS value, pc.name AS label, count(*)::int AS n
          FROM catalogue.solution s
          JOIN catalogue.solution_purchasing_central spc ON spc.solution_id = s.id
          JOIN catalogue.purchasing_central pc ON pc.id = spc.purchasing_central_id
         WHERE ${this.where("purchasingCentral")} GROUP BY 1, 2
      )
      SELECT 'total' AS facet, NULL AS value, NULL AS label, n AS count FROM total
      UNION ALL SELECT 'distribution', value, NULL, n FROM f_distribution
      UNION ALL SELECT 'deployment', value, NULL, n FROM f_deployment
      UNION ALL SELECT 'targetPublic', value, NULL, n FROM f_target
      UNION ALL SELECT 'category', f.value, c.label, f.n FROM f_category f JOIN catalogue.category c ON c.code = f.value
      UNION ALL SELECT 'purchasingCentral', value, label, n FROM f_central`;
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, this.params);
    return manager.query(text, values);
  }
}
