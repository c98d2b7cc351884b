import type { Router } from "express";
import type { DataSource } from "typeorm";
import { parsePosition, readEvents, START_POSITION } from "./outbox";

export const EVENT_FEED_PATH = "/internal/events";
export const MAX_FEED_PAGE = 500;

/** Mounts the signed internal event feed: GET /internal/events?after=<position>&limit=<n>. */
export function mountEventFeed(router: Router, ds: () => DataSource, schema: string): void {
  router.get(EVENT_FEED_PATH, async (req, res) => {
    const after = typeof req.query.after === "string" ? req.query.after : START_POSITION;
    const limit = Number(typeof req.query.limit === "string" ? req.query.limit : 100);
    if (!parsePosition(after) || !Number.isInteger(limit) || limit < 1 || limit > MAX_FEED_PAGE) {
      res.status(400).json({ error: "BAD_USER_INPUT", message: `after=<tx:id>, limit 1..${MAX_FEED_PAGE}` });
      return;
    }
    try {
      res.json({ events: await readEvents(ds(), schema, after, limit) });
    } catch {
      res.status(500).json({ error: "INTERNAL_SERVER_ERROR" });
    }
  });
}
