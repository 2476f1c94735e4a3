import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageVersion, releaseOf } from '../src/packageVersion.js';

describe('packageVersion', () => {
  it("is this package's package.json version, inlined (no file is read at run time)", () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(packageVersion()).toBe(releaseOf(manifest.version));
  });

  it('releaseOf drops pre-release and build suffixes', () => {
    expect(releaseOf('1.2.3')).toBe('1.2.3');
    expect(releaseOf('1.2.3-beta.1')).toBe('1.2.3');
    expect(releaseOf('1.2.3+build.5')).toBe('1.2.3');
    expect(releaseOf('1.2.3-rc.1+sha.abc')).toBe('1.2.3');
  });
});
