// The built package: tree-shaking (a bundle of one export carries no other export and only its own
// dependencies and defaults), the size budgets of package.json, and a browser bundle without Node globals.
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
  it('StateMachine alone carries no audit, no mixin, no context and no other export', async () => {
    const { text } = await only('StateMachine');
    expect(text).toContain('asyncutils.misc.StateMachine');
    for (const word of ['CacheWithBackgroundRefresh', 'CallbackAccumulator', 'gather_with_limited', 'GATHER_WITH', 'BACKGROUND_REFRESH', 'cannot instantiate abstract class', 'asyncutils.audit']) {
      expect(text, word).not.toContain(word);
    }
  });

  it('each other export carries only its own constants and dependencies', async () => {
    const cache = (await only('CacheWithBackgroundRefresh')).text;
    expect(cache).toContain('BACKGROUND_REFRESH_CACHE_DEFAULT_TTL');
    for (const word of ['GATHER_WITH', 'StateMachine', 'CallbackAccumulator', 'cannot instantiate abstract class']) expect(cache, word).not.toContain(word);
    const gather = (await only('gatherWithLimitedConcurrency')).text;
    expect(gather).toContain('GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT');
    for (const word of ['BACKGROUND_REFRESH', 'CacheWithBackgroundRefresh', 'StateMachine', 'asyncutils.audit']) expect(gather, word).not.toContain(word);
    const acc = (await only('CallbackAccumulator')).text;
    expect(acc).toContain('ExecutorRequiredAsyncContextMixin');
    for (const word of ['BACKGROUND_REFRESH', 'GATHER_WITH', 'StateMachine', 'LockMixin']) expect(acc, word).not.toContain(word);
  });

  it('the size budgets of package.json hold (min+gz, browser, with @asyncutils dependencies)', async () => {
    const limits = Object.entries(manifest.asyncutilsTooling.sizeLimits);
    expect(limits.map(([names]) => names).sort()).toEqual(['CacheWithBackgroundRefresh', 'CallbackAccumulator', 'StateMachine', 'gatherWithLimitedConcurrency']);
    for (const [names, limit] of limits) {
      const { gzipBytes } = await only(names);
      expect(gzipBytes, names).toBeLessThanOrEqual(limit);
    }
  });

  it('the whole package bundles for the browser and runs without Node globals', async () => {
    const { text } = await bundle({ entry: dist, format: 'iife', globalName: 'misc' });
    expect(text).not.toMatch(/\brequire\(|\bprocess\.|node:/);
    const api = new Function(`${text}; return misc;`)() as typeof import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual(['CacheWithBackgroundRefresh', 'CallbackAccumulator', 'StateMachine', 'gatherWithLimitedConcurrency']);
    const sm = new api.StateMachine('a');
    sm.add('a', 'b');
    expect(await sm.transition('b')).toBe(true);
    const cache = new api.CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: (k) => k.length });
    expect(await cache.get('abc')).toBe(3);
    expect(await api.gatherWithLimitedConcurrency(2, [() => 1, 2])).toEqual([1, 2]);
  });
});
