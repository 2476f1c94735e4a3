// The built package: tree-shaking (a bundle of one class carries no other class) and size budgets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle } from '@asyncutils/tooling/bundle';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');
const dist = join(packageDir, 'dist', 'index.js');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  asyncutilsTooling: { sizeLimits: Record<string, number> };
};

const only = (names: string) => bundle({ contents: `export { ${names} } from ${JSON.stringify(dist)};`, resolveDir: packageDir });

describe('bundle', () => {
  it('a bundle of Lock carries no other class, no context constant and no priority queue', async () => {
    const { text } = await only('Lock');
    for (const word of ['Semaphore', 'Barrier', 'AdvancedRateLimit', 'KeyedCondition', 'MultiCountDownLatch', 'RLock', 'DEFAULT', 'priority']) {
      expect(text, word).not.toContain(word);
    }
    expect(text).toContain('asyncutils.locks.Lock');
  });

  it('the size budgets of package.json hold (min+gz, browser, with @asyncutils dependencies)', async () => {
    const limits = Object.entries(manifest.asyncutilsTooling.sizeLimits);
    expect(limits.length).toBeGreaterThan(0);
    for (const [names, limit] of limits) {
      const { gzipBytes } = await only(names);
      expect(gzipBytes, names).toBeLessThanOrEqual(limit);
    }
  });

  it('the whole package bundles for the browser and evaluates without Node globals', async () => {
    const { text } = await bundle({ entry: dist, format: 'iife', globalName: 'locks' });
    const exported = new Function(`${text}; return locks;`)() as Record<string, unknown>;
    expect(Object.keys(exported)).toContain('Lock');
  });
});
