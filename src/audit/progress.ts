/** A one-line progress indicator on standard error, for large repositories on an interactive terminal. */

/** Below this many files the audit is quick enough to need no progress line. */
export const PROGRESS_MIN_FILES = 300;

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the line, so the report starts on a clean one. */
  finish(): void;
}

/** `undefined` when no progress should show: `--quiet`, not a terminal, or a small repository. */
export function createProgress(stream: ProgressStream, total: number, quiet: boolean): Progress | undefined {
  if (quiet || stream.isTTY !== true || total <= PROGRESS_MIN_FILES) return undefined;
  let shown = false;
  return {
    update(done, all) {
      shown = true;
      const percent = all === 0 ? 100 : Math.min(100, Math.max(0, Math.floor((done / all) * 100)));
      stream.write(`\r\u001B[2KAuditing ${done}/${all} files (${percent}%)`);
    },
    finish() {
      if (shown) stream.write('\r\u001B[2K');
    },
  };
}
