import type { DataSource, EntityManager } from "typeorm";
import { notFound } from "@gouvtech/kit";
import { CriteriaTheme, Criterion, GridVersion } from "./grid.entity";
import { GridStatus } from "./grid.model";

/**
 * Reads grid versions. A stored version never changes, so each one is read once per
 * process (three statements) and served from memory afterwards.
 */
export class GridService {
  private readonly cache = new Map<number, Promise<GridVersion | null>>();

  constructor(private readonly ds: DataSource) {}

  /**
   * Each read takes an optional manager: inside a transaction, pass its manager (on the
   * embedded engine the pool has one connection, which the transaction holds).
   */

  /** The newest published version, the one new assessments are made on. */
  async currentVersion(manager: EntityManager = this.ds.manager): Promise<number> {
    const rows: { version: number }[] = await manager.query(
      `SELECT max(version) AS version FROM assessment.grid_version WHERE status = $1`,
      [GridStatus.PUBLISHED],
    );
    if (rows[0]?.version == null) throw notFound("Grille d'évaluation", "publiée");
    return rows[0].version;
  }

  get(version: number, manager: EntityManager = this.ds.manager): Promise<GridVersion | null> {
    let grid = this.cache.get(version);
    if (!grid) {
      grid = this.load(version, manager);
      this.cache.set(version, grid);
      grid.then((g) => g ?? this.cache.delete(version)).catch(() => this.cache.delete(version));
    }
    return grid;
  }

  async require(version: number, manager?: EntityManager): Promise<GridVersion> {
    const grid = await this.get(version, manager);
    if (!grid) throw notFound("Grille d'évaluation", String(version));
    return grid;
  }

  private async load(version: number, m: EntityManager): Promise<GridVersion | null> {
    const grid = await m.findOneBy(GridVersion, { version });
    if (!grid) return null;
    const themes = await m.find(CriteriaTheme, { where: { gridVersion: version }, order: { position: "ASC" } });
    const criteria = await m.find(Criterion, { where: { gridVersion: version }, order: { position: "ASC" } });
    for (const t of themes) t.criteria = criteria.filter((c) => c.themeCode === t.code);
    grid.themes = themes;
    grid.criteria = criteria;
    grid.criterionByCode = new Map(criteria.map((c) => [c.code, c]));
    return grid;
  }
}
