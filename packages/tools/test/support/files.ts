// Temporary files for the tests: one directory per test file, removed after it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temporary directory, removed after the current test file; `file(name, text?)` writes into it. */
export function tempDir(): { dir: string; file(name: string, text?: string): string } {
  const dir = mkdtempSync(join(tmpdir(), 'asyncutils-tools-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return {
    dir,
    file(name, text) {
      const path = join(dir, `${++n}-${name}`);
      if (text !== undefined) writeFileSync(path, text);
      return path;
    },
  };
}
