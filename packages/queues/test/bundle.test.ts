// The built package: tree-shaking (one class carries no other) and the size budgets of package.json.
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
  it('a bundle of SmartQueue carries no priority queue, password queue, context constant or IgnoreErrors', async () => {
    const { text } = await only('SmartQueue');
    for (const word of ['SmartPriorityQueue', 'UserPriorityQueue', 'password', 'PASSWORD', 'defaultCompare', 'IgnoreErrors', 'unnest']) {
      expect(text, word).not.toContain(word);
    }
    expect(text).toContain('asyncutils.queues.SmartQueue');
  });

  it('a bundle of defaultCompare carries no queue', async () => {
    const { text } = await only('defaultCompare');
    expect(text).not.toContain('asyncutils.queues.SmartQueue');
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
    const { text } = await bundle({ entry: dist, format: 'iife', globalName: 'queues' });
    const exported = new Function(`${text}; return queues;`)() as Record<string, unknown>;
    expect(Object.keys(exported)).toContain('SmartQueue');
  });
});
