import pino, { Logger } from "pino";

export type { Logger };

/** JSON logs on stdout; secrets and tokens are redacted wherever they appear. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ["req.headers.authorization", "req.headers.cookie", "headers.authorization", "*.password", "*.secret", "*.token"],
      censor: "[redacted]",
    },
  });
}
