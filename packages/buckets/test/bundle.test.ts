// The built package: tree-shaking (a bundle of one class carries no other class and only its own
// defaults) and the size budgets of package.json.
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
  it('a bundle of TokenBucket carries no LeakyBucket, no mixin and no other contextual constant', async () => {
    const { text } = await only('TokenBucket');
    expect(text).toContain('asyncutils.buckets.TokenBucket');
    expect(text).toContain('TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS');
    for (const word of ['LeakyBucket', 'LEAKY_BUCKET', 'AsyncContextMixin', 'cannot instantiate abstract class', 'RETRY_DEFAULT']) {
      expect(text, word).not.toContain(word);
    }
  });

  it('a bundle of LeakyBucket carries no TokenBucket, and only its own constants', async () => {
    const { text } = await only('LeakyBucket');
    expect(text).toContain('asyncutils.buckets.LeakyBucket');
    expect(text).toContain('LEAKY_BUCKET_ADJMAP');
    for (const word of ['TokenBucket', 'TOKEN_BUCKET', 'CIRCUIT_BREAKER', 'LockMixin']) expect(text, word).not.toContain(word);
  });

  it('the size budgets of package.json hold (min+gz, browser, with @asyncutils dependencies)', async () => {
    const limits = Object.entries(manifest.asyncutilsTooling.sizeLimits);
    expect(limits.map(([names]) => names).sort()).toEqual(['LeakyBucket', 'TokenBucket']);
    for (const [names, limit] of limits) {
      const { gzipBytes } = await only(names);
      expect(gzipBytes, names).toBeLessThanOrEqual(limit);
    }
  });

  it('the whole package bundles for the browser and runs without Node globals', async () => {
    const { text } = await bundle({ entry: dist, format: 'iife', globalName: 'buckets' });
    expect(text).not.toMatch(/\brequire\(|\bprocess\.|node:/);
    const api = new Function(`${text}; return buckets;`)() as typeof import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual(['LeakyBucket', 'TokenBucket']);
    const b = new api.TokenBucket(1, 2);
    await b.consume(2);
    expect(new api.LeakyBucket(2, 1).acquire(2)).toBe(true);
  });
});
