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
  it('EventBus carries neither Observable nor Rendezvous', async () => {
    const { text } = await only('EventBus');
    expect(text).toContain('asyncutils.channels.EventBus');
    expect(text).not.toContain('asyncutils.channels.Observable');
    expect(text).not.toContain('Rendezvous');
    expect(text).not.toContain('OBSERVABLE_DEFAULT_NTIMES_N');
  });

  it('Rendezvous carries no audit core, no context and no EventBus', async () => {
    const { text } = await only('Rendezvous');
    expect(text).not.toContain('@asyncutils/audit');
    expect(text).not.toContain('@asyncutils/context');
    expect(text).not.toContain('EventBus');
  });

  it('Observable carries no EventBus', async () => {
    const { text } = await only('Observable');
    expect(text).not.toContain('EventBus');
    expect(text).not.toContain('EVENT_BUS');
  });

  it('the size budgets of package.json hold (min+gz, browser, with @asyncutils dependencies)', async () => {
    const limits = Object.entries(manifest.asyncutilsTooling.sizeLimits);
    expect(limits.length).toBeGreaterThan(0);
    for (const [names, limit] of limits) {
      const { gzipBytes } = await only(names);
      expect(gzipBytes, names).toBeLessThanOrEqual(limit);
    }
  });

  it('the whole package bundles for the browser and works without Node globals', async () => {
    const { text } = await bundle({ entry: dist, format: 'iife', globalName: 'channels' });
    const exported = new Function(`${text}; return channels;`)() as typeof import('../src/index.js');
    const bus = new exported.EventBus('browser');
    const got: unknown[] = [];
    bus.subscribe((d) => void got.push(d), 'x');
    await bus.publish('x', 1);
    expect(got).toEqual([1]);
    expect(new exported.Rendezvous().stateSnapshot().idle).toBe(true);
  });
});
