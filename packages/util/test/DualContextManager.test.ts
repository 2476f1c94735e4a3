import { describe, expect, it } from 'vitest';
import { DualContextManager } from '../src/DualContextManager.js';
import { rejection, thrown } from './support/hooks.js';

describe('DualContextManager', () => {
  it('is one-shot over the source it was given; value is readable after entry', () => {
    const log: string[] = [];
    function* gen(): Generator<string, void, unknown> {
      log.push('enter');
      try {
        yield 'v';
      } finally {
        log.push('exit');
      }
    }
    const cm = new DualContextManager(gen(), false);
    expect(cm.strict).toBe(false);
    expect(cm.enter()).toBe(cm);
    expect(cm.value).toBe('v');
    expect(cm.exit()).toBe(false);
    expect(log).toEqual(['enter', 'exit']);
    expect(cm.value).toBe('v');
    expect(() => cm.enter()).toThrow(/already entered/);
  });

  it('a failed entry (no yield) leaves the manager exited: exit returns false, dispose is a no-op', async () => {
    const cm = new DualContextManager([], false);
    expect(() => cm.enter()).toThrow(/didn't yield/);
    expect(() => cm.value).toThrow(/never entered/);
    expect(cm.exit()).toBe(false);
    cm[Symbol.dispose]();
    const acm = new DualContextManager([], false);
    expect(await rejection(acm.enterAsync())).toHaveProperty('message', expect.stringMatching(/didn't yield/));
    expect(await acm.exitAsync(new Error('x'))).toBe(false);
  });

  it('an error thrown by the generator on entry propagates', async () => {
    const e = new Error('setup failed');
    function* failing(): Generator<number> {
      throw e;
    }
    expect(thrown(() => new DualContextManager(failing(), false).enter())).toBe(e);
    async function* failingAsync(): AsyncGenerator<number> {
      throw e;
    }
    expect(await rejection(new DualContextManager(failingAsync(), false).enterAsync())).toBe(e);
  });

  it('a sync source entered asynchronously does not await the yielded value', async () => {
    const p = Promise.resolve(1);
    const cm = await new DualContextManager([p], false).enterAsync();
    expect(cm.value).toBe(p);
    expect(await cm.exitAsync()).toBe(false);
  });

  it('a teardown error replaces the result of exit', () => {
    const e = new Error('teardown');
    function* gen(): Generator<number> {
      yield 1;
      throw e;
    }
    const cm = new DualContextManager(gen(), false).enter();
    expect(thrown(() => cm.exit())).toBe(e);
  });
});
