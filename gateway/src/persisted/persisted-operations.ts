import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { NextFunction, Request, Response } from "express";
import { z } from "zod";
import { badRequest } from "../server/http-errors";

/** Apollo's persisted query manifest (generated from the web client's operations). */
const manifestSchema = z.object({
  format: z.literal("apollo-persisted-query-manifest"),
  version: z.literal(1),
  operations: z.array(
    z.object({ id: z.string().min(1), name: z.string().optional(), type: z.string().optional(), body: z.string().min(1) }),
  ),
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export interface PersistedOperations {
  size: number;
  middleware: (req: Request, res: Response, next: NextFunction) => void;
}

/**
 * Registered operations: a client may send `extensions.persistedQuery.sha256Hash` (the
 * manifest id) alone and the gateway fills in the document. With `only`, any operation
 * that is not in the manifest is refused (FORBIDDEN), and APQ registration is off.
 */
export function loadPersistedOperations(file: string, only: boolean, onRefused: () => void): PersistedOperations {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const byId = new Map(manifest.operations.map((op) => [op.id, op.body]));
  const bodies = new Set(manifest.operations.map((op) => sha256(op.body)));
  /** A document sent in full must itself be in the manifest, and be the one its hash (if any) names. */
  const isRegisteredDocument = (query: string, hash: unknown): boolean => {
    const digest = sha256(query);
    return bodies.has(digest) && (hash === undefined || hash === digest || byId.get(String(hash)) === query);
  };
  return {
    size: byId.size,
    middleware(req, res, next) {
      const body = (req.method === "GET" ? undefined : req.body) as Record<string, unknown> | undefined;
      const params: Record<string, unknown> = body ?? (req.query as Record<string, unknown>);
      let extensions = params.extensions as Record<string, unknown> | string | undefined;
      if (typeof extensions === "string") {
        try {
          extensions = JSON.parse(extensions) as Record<string, unknown>;
        } catch {
          extensions = undefined;
        }
      }
      const hash = (extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
      const registered = typeof hash === "string" ? byId.get(hash) : undefined;
      const withoutPersistedQuery = () => {
        const { persistedQuery: _p, ...rest } = extensions as Record<string, unknown>;
        if (body) body.extensions = rest;
      };
      if (registered && body && typeof params.query !== "string") {
        body.query = registered;
        withoutPersistedQuery();
        return next();
      }
      if (!only) return next();
      const query = typeof params.query === "string" ? params.query : undefined;
      if (query === undefined ? registered !== undefined : isRegisteredDocument(query, hash)) {
        // the document is the registered one: APQ is off in this mode, so its hash has done its job
        if (query !== undefined && hash !== undefined) withoutPersistedQuery();
        return next();
      }
      onRefused();
      badRequest(res, 403, "FORBIDDEN", "Opération non enregistrée : seules les opérations du manifeste sont acceptées.");
    },
  };
}
