// Bundles of single exports (esbuild, browser, minified): what each one carries, and its size budget.
import { fileURLToPath } from 'node:url';
import { bundle } from '@asyncutils/tooling/bundle';
import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const of = (names: string) => bundle({ contents: `export { ${names} } from './src/index.ts';`, resolveDir: packageDir });

describe('tree-shaking', () => {
  it('coercedMethod alone carries no lock and no context', async () => {
    const { text } = await of('coercedMethod');
    expect(text).not.toContain('abstract class');
    expect(text).not.toContain('RWLOCK_DEFAULT_PREFER_WRITERS');
    expect(text).not.toContain('@asyncutils/context');
  });

  it('a non-priority lock carries neither the priority classes nor the aging constants', async () => {
    for (const name of ['FairRWLock', 'createRWLock', 'WritePreferredRWLock', 'RWLock']) {
      const { text } = await of(name);
      expect(text, name).not.toContain('PriorityRWLock');
      expect(text, name).not.toContain('AGING_RWLOCK');
      expect(text, name).toContain('RWLOCK_DEFAULT_PREFER_WRITERS');
    }
  });

  it('no bundle carries another package’s contextual constants', async () => {
    const { text } = await of('AgingRWLock, createPriorityRWLock, createRWLock');
    expect(text).toContain('AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR');
    expect(text).not.toContain('CIRCUIT_BREAKER');
    expect(text).not.toContain('SEMAPHORE_DEFAULT_VALUE');
  });

  it('every entry of "sizeLimits" holds for the sources too (min + gzip)', async () => {
    const limits = manifest.asyncutilsTooling.sizeLimits as Record<string, number>;
    expect(Object.keys(limits).length).toBeGreaterThan(0);
    for (const [names, limit] of Object.entries(limits)) {
      const { gzipBytes } = await of(names);
      expect(gzipBytes, names).toBeLessThanOrEqual(limit);
    }
  });
});
