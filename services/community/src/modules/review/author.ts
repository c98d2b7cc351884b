import type { EntityManager } from "typeorm";

/** The caller's pseudonym, created on first contribution (one statement). */
export async function authorIdFor(m: EntityManager, agentSub: string): Promise<string> {
  const [row]: { id: string }[] = await m.query(
    `INSERT INTO community.author (agent_sub) VALUES ($1)
     ON CONFLICT (agent_sub) DO UPDATE SET agent_sub = EXCLUDED.agent_sub RETURNING id`,
    [agentSub],
  );
  return row.id;
}

/** The caller's pseudonym if they ever contributed. */
export async function existingAuthorId(m: EntityManager, agentSub: string): Promise<string | null> {
  const rows: { id: string }[] = await m.query(`SELECT id FROM community.author WHERE agent_sub = $1`, [agentSub]);
  return rows[0]?.id ?? null;
}
