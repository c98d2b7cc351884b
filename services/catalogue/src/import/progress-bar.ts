/** Where the bar is drawn: stderr, or a test double. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 30;

/**
 * A progress bar on a terminal (redrawn in place); on anything else (CI logs, a pipe)
 * one line per 10 % step, so logs stay readable.
 */
export function createProgressBar(stream: ProgressStream, label: string): Progress {
  let lastStep = -1;
  let drawn = false;
  return {
    update(done, total) {
      const ratio = total === 0 ? 1 : Math.min(1, done / total);
      const percent = Math.floor(ratio * 100);
      if (stream.isTTY) {
        const filled = Math.round(ratio * WIDTH);
        stream.write(`\r${label} [${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${String(percent).padStart(3)} % ${done}/${total}`);
        drawn = true;
        return;
      }
      const step = Math.floor(percent / 10);
      if (step === lastStep) return;
      lastStep = step;
      stream.write(`${label} : ${percent} % (${done}/${total})\n`);
    },
    finish() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}
