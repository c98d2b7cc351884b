/** True when a statement failed on a UNIQUE constraint (a concurrent duplicate). */
export const isUniqueViolation = (err: unknown): boolean =>
  (err as { code?: string })?.code === "23505" || (err as { driverError?: { code?: string } })?.driverError?.code === "23505";
