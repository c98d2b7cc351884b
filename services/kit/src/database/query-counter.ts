import type { Logger, QueryRunner } from "typeorm";

/**
 * TypeORM logger that counts SQL statements (the batching rule is tested with it)
 * and forwards errors and slow queries to a log function.
 */
export class QueryCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];

  constructor(
    private readonly report: (level: "warn" | "error", msg: string) => void = () => undefined,
    private readonly keepStatements = false,
  ) {}

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    if (/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query)) return;
    this.count += 1;
    if (this.keepStatements) this.statements.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.report("error", `query failed: ${error instanceof Error ? error.message : error} — ${query.slice(0, 200)}`);
  }
  logQuerySlow(time: number, query: string): void {
    this.report("warn", `slow query (${time} ms): ${query.slice(0, 200)}`);
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.report("warn", String(message));
  }
}
