import type { Response } from "express";

/** A GraphQL-shaped error answered before GraphQL runs (auth, limits, rate limits). */
export function badRequest(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}
