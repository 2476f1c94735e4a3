import * as exceptions from '@asyncutils/exceptions';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/altlocks public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BrokenBarrierError',
      'CircuitBreaker',
      'CircuitBreakerError',
      'CircuitHalfOpen',
      'CircuitOpen',
      'DynamicThrottle',
      'Releasing',
      'ResourceBusy',
      'ResourceGuard',
      'StatefulBarrier',
      'UniqueResourceGuard',
    ]);
  });

  it('check 27: every re-exported error is the same binding as in @asyncutils/exceptions', () => {
    expect(api.ResourceBusy).toBe(exceptions.ResourceBusy);
    expect(api.CircuitBreakerError).toBe(exceptions.CircuitBreakerError);
    expect(api.CircuitHalfOpen).toBe(exceptions.CircuitHalfOpen);
    expect(api.CircuitOpen).toBe(exceptions.CircuitOpen);
    expect(api.BrokenBarrierError).toBe(exceptions.BrokenBarrierError);
  });

  it('check 27: no export, and no instance of an exported class, has a then member', () => {
    for (const value of Object.values(api)) expect('then' in value).toBe(false);
    const instances = [
      new api.ResourceGuard(1),
      new api.UniqueResourceGuard(Symbol('then-check')),
      new api.Releasing({ acquire: async () => true, release() {}, locked: () => false }),
      new api.CircuitBreaker('x'),
      new api.CircuitBreaker('x').wrap(async () => 1),
      new api.StatefulBarrier(1),
      new api.DynamicThrottle(1),
    ];
    for (const value of instances) expect('then' in value).toBe(false);
  });
});

describe('README example', () => {
  it('runs as documented (fake timers stand in for the 1 s wait)', async () => {
    vi.useFakeTimers();
    try {
      const log: unknown[] = [];
      const { CircuitBreaker, CircuitOpen } = api;
      let calls = 0;
      const flaky = async (id: number) => {
        if (++calls <= 3) throw new Error('upstream down');
        return { id };
      };
      const getUser = CircuitBreaker.decorate(flaky, { maxFails: 3, reset: 1_000, default: null });
      for (let i = 0; i < 3; i++) log.push(await getUser(i));
      await getUser(4).catch((e: unknown) => log.push(e instanceof CircuitOpen));
      const wait = new Promise((r) => setTimeout(r, 1_000));
      await vi.advanceTimersByTimeAsync(1_000);
      await wait;
      log.push(await getUser(5), getUser.breaker.state);
      expect(log).toEqual([null, null, null, true, { id: 5 }, 'CLOSED']);
      expect(calls).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('tree shaking', () => {
  const classes = ['CircuitBreaker', 'DynamicThrottle', 'Releasing', 'ResourceGuard', 'StatefulBarrier', 'UniqueResourceGuard'];
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  let flatDir: string | undefined;

  /** Like tsup's dist: the whole package in one flat ESM file, where only statement-level purity lets code go. */
  async function flatBuild(): Promise<string> {
    if (flatDir !== undefined) return flatDir;
    const { bundle } = await import('@asyncutils/tooling/bundle');
    const { text } = await bundle({ entry: join(packageDir, 'src/index.ts'), format: 'esm', minify: false });
    const dir = mkdtempSync(join(tmpdir(), 'altlocks-flat-'));
    writeFileSync(join(dir, 'index.js'), text);
    return (flatDir = dir);
  }

  afterAll(() => {
    if (flatDir !== undefined) rmSync(flatDir, { recursive: true, force: true });
  });

  it.each(classes)('importing %s alone from a flat build bundles none of the other classes', async (name) => {
    const { bundle } = await import('@asyncutils/tooling/bundle');
    const { text } = await bundle({ contents: `export { ${name} } from './index.js';`, resolveDir: await flatBuild() });
    const others = classes.filter((c) => c !== name && !(name === 'UniqueResourceGuard' && c === 'ResourceGuard'));
    for (const other of others) expect(text).not.toContain(`asyncutils.altlocks.${other}`);
    expect(text).toContain(`asyncutils.altlocks.${name}`);
  }, 20_000);
});
