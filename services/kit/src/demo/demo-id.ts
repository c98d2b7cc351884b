import { createHash } from "node:crypto";

/**
 * Deterministic UUID (v5-shaped, SHA-1 based) for demo data, so that the catalogue
 * seed and the development identity provider agree on ids without sharing a database.
 */
export function demoId(kind: string, key: string): string {
  const h = createHash("sha1").update(`gouvtech-demo:${kind}:${key}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
