import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import { demoId } from "@gouvtech/kit";
import { recomputeRating } from "../modules/rating/rating.service";
import { DEMO_AGENTS } from "./demo-agents";
import { DEMO_PENDING, DEMO_REPORT, DEMO_REVIEWS } from "./demo-texts";

const RATINGS = [5, 4, 4, 3, 5, 4, 2, 3];
const DURATIONS = ["LESS_THAN_6_MONTHS", "SIX_TO_24_MONTHS", "MORE_THAN_2_YEARS"];
const USERS = ["UP_TO_10", "UP_TO_100", "UP_TO_1000", "MORE_THAN_1000"];

/** What the demo holds for one solution, derived only from a hash of its id (deterministic). */
export function demoPlan(solutionId: string) {
  const h = createHash("sha256").update(`gouvtech-community-demo:${solutionId}`).digest();
  const published = h[0] < 154 ? 2 + (h[1] % 3) : 0; // ~60% of solutions
  const pending = h[3] < 77; // ~30%
  const report = h[4] < 52; // ~20%
  return { h, published, pending, report, firstAgent: h[2] % DEMO_AGENTS.length };
}

const clampRating = (n: number) => Math.min(5, Math.max(1, n));

/**
 * Demo reviews and reports of one solution, created when the projection first sees it
 * published. Ids are derived from the solution id, so replays insert nothing new.
 */
export async function seedDemoCommunity(m: EntityManager, solutionId: string): Promise<void> {
  const plan = demoPlan(solutionId);
  const count = plan.published + (plan.pending ? 1 : 0);
  for (let k = 0; k < count; k++) {
    const agent = DEMO_AGENTS[(plan.firstAgent + k) % DEMO_AGENTS.length];
    const isPublished = k < plan.published;
    const rating = isPublished ? RATINGS[plan.h[5 + k] % RATINGS.length] : 4;
    const texts = DEMO_REVIEWS[rating];
    const text = isPublished ? texts[plan.h[10 + k] % texts.length] : DEMO_PENDING;
    const dims = [0, 1, 2, 3].map((d) => (plan.h[(14 + k * 4 + d) % 32] % 3 === 0 ? null : clampRating(rating + (plan.h[14 + d] % 3) - 1)));
    await m.query(`INSERT INTO community.author (id, agent_sub) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [agent.authorId, agent.sub]);
    await m.query(
      `INSERT INTO community.review (id, solution_id, author_id, administration, rating, ease_of_use, functional_fit,
         support_quality, value_for_money, usage_duration, usage_users, usage_deployment, title, body, status, is_demo,
         created_at, updated_at, published_at)
       SELECT $1, $2, a.id, $3, $4, $5, $6, $7, $8, $9, $10, NULL, $11, $12, $13, true,
              now() - make_interval(days => $14), now() - make_interval(days => $14),
              CASE WHEN $13 = 'PUBLISHED' THEN now() - make_interval(days => $14) END
         FROM community.author a WHERE a.agent_sub = $15
       ON CONFLICT DO NOTHING`,
      [
        demoId("community-review", `${solutionId}:${k}`),
        solutionId,
        agent.administration,
        rating,
        ...dims,
        DURATIONS[plan.h[20 + k] % DURATIONS.length],
        USERS[plan.h[24 + k] % USERS.length],
        text.title,
        text.body,
        isPublished ? "PUBLISHED" : "PENDING",
        isPublished ? 5 + k * 17 + (plan.h[28] % 10) : 1,
        agent.sub,
      ],
    );
  }
  if (plan.report) {
    await m.query(
      `INSERT INTO community.anomaly_report (id, solution_id, category, body, is_demo) VALUES ($1, $2, 'BROKEN_LINK', $3, true)
       ON CONFLICT DO NOTHING`,
      [demoId("community-report", solutionId), solutionId, DEMO_REPORT],
    );
  }
  if (plan.published > 0) await recomputeRating(m, solutionId);
}
