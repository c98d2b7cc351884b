import { ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface ChildOptions {
  name: string;
  /** Script run with the current node binary. */
  script: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Receives every line the child prints, already prefixed with its name. */
  log: (line: string) => void;
  /** URL polled until it answers 200. */
  readyUrl: string;
  readyTimeoutMs: number;
}

/** A service run as a child process: started, awaited, stopped or killed. */
export class ManagedChild {
  private child?: ChildProcess;
  private exited?: Promise<number | null>;

  constructor(readonly options: ChildOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Spawns the process and resolves once its readiness URL answers 200. */
  async start(): Promise<void> {
    const { name, script, cwd, env, log } = this.options;
    const child = spawn(process.execPath, [script], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    const prefix = `[${name}] `;
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on("line", (line) => log(prefix + line));
    }
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    await this.waitReady();
  }

  private async waitReady(): Promise<void> {
    const deadline = Date.now() + this.options.readyTimeoutMs;
    let exitCode: number | null | undefined;
    void this.exited!.then((code) => (exitCode = code));
    while (Date.now() < deadline) {
      if (exitCode !== undefined) throw new Error(`${this.options.name} exited (code ${exitCode}) before it was ready`);
      try {
        const res = await fetch(this.options.readyUrl, { signal: AbortSignal.timeout(2_000) });
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await this.stop();
    throw new Error(`${this.options.name} was not ready within ${this.options.readyTimeoutMs} ms`);
  }

  /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.running) return;
    this.child!.kill("SIGTERM");
    const timer = setTimeout(() => this.child?.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Sends a signal without waiting (tests: a crash, a SIGTERM during a request). */
  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  /** Resolves with the exit code once the process has exited. */
  waitExit(): Promise<number | null> {
    return this.exited ?? Promise.resolve(null);
  }
}
