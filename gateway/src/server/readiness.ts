/** Checks every subgraph's own /readyz (names only in the answer, never URLs). */
export async function subgraphReadiness(
  subgraphUrls: Record<string, string>,
  timeoutMs = 2_000,
): Promise<Record<string, "ready" | "unready">> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      try {
        const res = await fetch(new URL("/readyz", url), { signal: AbortSignal.timeout(timeoutMs) });
        return [name, res.ok ? "ready" : "unready"] as const;
      } catch {
        return [name, "unready"] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
