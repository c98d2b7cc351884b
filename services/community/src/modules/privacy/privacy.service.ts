import type { DataSource } from "typeorm";
import { Identity, requireIdentity } from "@gouvtech/kit";
import { recomputeRating } from "../rating/rating.service";
import { ErasureResult } from "./erasure-result.type";

/** GDPR: an agent erases their pseudonym, their reviews and their flags, with nothing left pointing back. */
export class PrivacyService {
  constructor(private readonly ds: DataSource) {}

  async deleteMyData(identity: Identity | null): Promise<ErasureResult> {
    const who = requireIdentity(identity);
    return this.ds.transaction(async (m) => {
      const [stats]: { author_id: string | null; reviews: number; flags: number; published: string[] }[] = await m.query(
        `SELECT a.id AS author_id,
                (SELECT count(*)::int FROM community.review r WHERE r.author_id = a.id) AS reviews,
                (SELECT count(*)::int FROM community.review_flag f WHERE f.flagger_id = a.id) AS flags,
                ARRAY(SELECT DISTINCT r.solution_id::text FROM community.review r
                       WHERE r.author_id = a.id AND r.status = 'PUBLISHED') AS published
           FROM community.author a WHERE a.agent_sub = $1 FOR UPDATE`,
        [who.sub],
      );
      if (!stats) return { reviewsDeleted: 0, flagsDeleted: 0 };
      // Reviews, their replies and flags, and the agent's own flags go with the author row (ON DELETE CASCADE).
      await m.query(`DELETE FROM community.author WHERE id = $1`, [stats.author_id]);
      for (const solutionId of stats.published) await recomputeRating(m, solutionId);
      return { reviewsDeleted: stats.reviews, flagsDeleted: stats.flags };
    });
  }
}
