import { fieldError } from "@gouvtech/kit";

// Control characters other than tab and newline (plain text only).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** Normalises user plain text (NFC, trimmed, CRLF → LF) and enforces its length. */
export function plainText(value: string, field: string, limits: { min: number; max: number }): string {
  const text = value.normalize("NFC").replace(/\r\n?/g, "\n").trim();
  if (CONTROL.test(text)) throw fieldError(field, "caractères de contrôle interdits");
  if (text.length < limits.min) throw fieldError(field, `au moins ${limits.min} caractères`);
  if (text.length > limits.max) throw fieldError(field, `au plus ${limits.max} caractères`);
  return text;
}

/** A reason given with a moderation decision: optional unless required. */
export function reasonText(value: string | null | undefined, required: boolean): string | null {
  const text = value?.trim() ? plainText(value, "reason", { min: 3, max: LIMITS.reason }) : null;
  if (required && !text) throw fieldError("reason", "obligatoire pour cette décision");
  return text;
}

export const LIMITS = {
  title: 120,
  body: 4000,
  bodyMin: 20,
  reply: 4000,
  flag: 500,
  report: 4000,
  reason: 1000,
  email: 254,
} as const;
