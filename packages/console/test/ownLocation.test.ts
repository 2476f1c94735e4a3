import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownDirs, ownFile } from '../src/ownLocation.js';

describe('ownLocation', () => {
  it('finds the source directory of the package, as a path and a file URL', () => {
    const srcDir = fileURLToPath(new URL('../src', import.meta.url));
    expect(dirname(ownFile())).toBe(srcDir);
    expect(ownDirs()).toEqual([srcDir, pathToFileURL(srcDir).href]);
  });
});
