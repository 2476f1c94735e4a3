import { fileURLToPath } from 'node:url';
import { bundle } from '@asyncutils/tooling/bundle';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const build = (names: string) => bundle({ contents: `export { ${names} } from './src/index.ts';`, resolveDir: pkgDir });

describe('bundle', () => {
  it('regression: importing LockMixin alone does not pull in the context-manager mixins (tree-shaking)', async () => {
    const { text } = await build('LockMixin');
    expect(text).not.toContain('AsyncContextMixin');
    expect(text).not.toContain('setTimeout');
  });

  it('AwaitableMixin alone is tiny', async () => {
    const { text, gzipBytes } = await build('AwaitableMixin');
    expect(text).not.toContain('enterAsync');
    expect(gzipBytes).toBeLessThan(250);
  });

  it('the universal entry uses no Node-only globals', async () => {
    const { text } = await build('AsyncContextMixin, AwaitableMixin, EventMixin, ExecutorRequiredAsyncContextMixin, LockMixin, LockWithOwnerMixin');
    for (const name of ['process.', 'Buffer', 'require(', 'setImmediate', 'node:']) expect(text).not.toContain(name);
  });
});
