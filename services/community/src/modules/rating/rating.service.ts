import type { EntityManager } from "typeorm";
import { DIMENSION_COLUMNS } from "../review/review.enums";
import type { DimensionAggregate, RatingAggregate } from "./rating-aggregate.entity";
import { recordRatingChanged, SolutionRatingChangedPayload } from "./rating.events";
import type { SolutionRating } from "./solution-rating.type";
import { RatingDimension } from "../review/review.enums";

const dims = Object.entries(DIMENSION_COLUMNS);
const STATS = [
  ...[1, 2, 3, 4, 5].map((n) => `count(*) FILTER (WHERE rating = ${n})::int AS r${n}`),
  ...dims.map(([, col]) => `round(avg(${col}), 2) AS ${col}_avg, count(${col})::int AS ${col}_n`),
].join(",\n");
const DIM_VALUES = dims.map(([dim, col]) => `('${dim}', s.${col}_avg, s.${col}_n)`).join(", ");

const RECOMPUTE = `
  WITH s AS (
    SELECT count(*)::int AS n, round(avg(rating), 2) AS avg, ${STATS}
      FROM community.review WHERE solution_id = $1 AND status = 'PUBLISHED'
  )
  INSERT INTO community.rating_aggregate AS a (solution_id, count, average, distribution, dimensions, version, updated_at)
  SELECT $1, s.n, s.avg, ARRAY[s.r1, s.r2, s.r3, s.r4, s.r5],
         (SELECT coalesce(jsonb_agg(jsonb_build_object('dimension', v.d, 'average', v.a, 'count', v.c) ORDER BY v.d), '[]'::jsonb)
            FROM (VALUES ${DIM_VALUES}) AS v(d, a, c) WHERE v.c > 0),
         1, now()
    FROM s
  ON CONFLICT (solution_id) DO UPDATE
     SET count = EXCLUDED.count, average = EXCLUDED.average, distribution = EXCLUDED.distribution,
         dimensions = EXCLUDED.dimensions, version = a.version + 1, updated_at = now()
  RETURNING solution_id, count, average::float8 AS average, distribution, dimensions, version`;

/**
 * Rewrites a solution's rating from its published reviews and publishes it through the
 * outbox, in the caller's transaction: called whenever the set of published reviews changes.
 */
export async function recomputeRating(m: EntityManager, solutionId: string): Promise<SolutionRatingChangedPayload> {
  const [row]: {
    solution_id: string;
    count: number;
    average: number | null;
    distribution: number[];
    dimensions: DimensionAggregate[];
    version: number;
  }[] = await m.query(RECOMPUTE, [solutionId]);
  const payload = {
    solutionId: row.solution_id,
    average: row.average,
    count: row.count,
    distribution: row.distribution,
    dimensions: row.dimensions,
    version: row.version,
  };
  await recordRatingChanged(m, payload);
  return payload;
}

/** The GraphQL shape of an aggregate; a solution without one has no reviews yet. */
export function toSolutionRating(a: RatingAggregate | null): SolutionRating {
  const distribution = a?.distribution ?? [0, 0, 0, 0, 0];
  return {
    average: a?.average == null ? null : Number(a.average),
    count: a?.count ?? 0,
    distribution: distribution.map((count, i) => ({ rating: i + 1, count })),
    dimensions: (a?.dimensions ?? []).map((d) => ({
      dimension: d.dimension as RatingDimension,
      average: Number(d.average),
      count: d.count,
    })),
  };
}
