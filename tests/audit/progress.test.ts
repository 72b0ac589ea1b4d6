/** The progress line: only on a terminal, only for large repositories, never with --quiet. */
import { describe, expect, it } from 'vitest';

import { createProgress, PROGRESS_MIN_FILES } from '../../src/audit/progress.js';

function stream(isTTY: boolean): { isTTY: boolean; text: string; write(text: string): void } {
  return {
    isTTY,
    text: '',
    write(text) {
      this.text += text;
    },
  };
}

describe('createProgress', () => {
  it('stays off for a small repository, a pipe, or --quiet', () => {
    expect(PROGRESS_MIN_FILES).toBe(300);
    expect(createProgress(stream(true), 300, false)).toBeUndefined();
    expect(createProgress(stream(false), 5000, false)).toBeUndefined();
    expect(createProgress(stream(true), 5000, true)).toBeUndefined();
  });

  it('rewrites one line and clears it at the end', () => {
    const tty = stream(true);
    const progress = createProgress(tty, 301, false);
    progress?.update(200, 301);
    progress?.update(301, 301);
    progress?.finish();
    expect(tty.text).toBe('\r\u001B[2KAuditing 200/301 files (66%)\r\u001B[2KAuditing 301/301 files (100%)\r\u001B[2K');
  });

  it('clears nothing when it never showed', () => {
    const tty = stream(true);
    createProgress(tty, 1000, false)?.finish();
    expect(tty.text).toBe('');
  });
});
