// `localContext(changes | ctx, fn)`: a new scope for `fn` and the async work it starts (Node 20:
// AsyncLocalStorage, detected through process.getBuiltinModule). Scope propagation is checked through
// real (0–5 ms) timers on purpose: fake timers would run callbacks from the test's own async context and
// hide a propagation bug. The tests assert values, never timing.
import { afterEach, describe, expect, it } from 'vitest';
import {
  EVENT_LOOP_BASE_FLAGS,
  EVENT_WITH_VALUE_DEFAULT_MAX_HIST,
  RETRY_DEFAULT_DELAY,
  RETRY_DEFAULT_TRIES,
} from '../src/index.js';
import { Context } from '../src/Context.js';
import { contextScopeKind } from '../src/contextScopeKind.js';
import { getcontext } from '../src/getcontext.js';
import { localContext } from '../src/localContextScope.js';
import { sleep, thrown } from './support/harness.js';
import { resetContextState } from './support/reset.js';

afterEach(resetContextState);

describe('localContext (synchronous callbacks)', () => {
  it('check 11: handles and getcontext() see the changes inside, the outer values afterwards', () => {
    const outer = getcontext();
    const seen = localContext({ EVENT_LOOP_BASE_FLAGS: 5 }, () => {
      expect(getcontext()).not.toBe(outer);
      expect(getcontext()).toBe(getcontext());
      return [EVENT_LOOP_BASE_FLAGS.get(), getcontext().EVENT_LOOP_BASE_FLAGS];
    });
    expect(seen).toEqual([5, 5]);
    expect(EVENT_LOOP_BASE_FLAGS.get()).toBe(0);
    expect(getcontext()).toBe(outer);
  });

  it('check 11: nested calls inherit the outer changes and may override them', () => {
    const seen = localContext({ EVENT_LOOP_BASE_FLAGS: 5, RETRY_DEFAULT_TRIES: 1 }, () =>
      localContext({ RETRY_DEFAULT_TRIES: 2 }, () => [EVENT_LOOP_BASE_FLAGS.get(), RETRY_DEFAULT_TRIES.get()]),
    );
    expect(seen).toEqual([5, 2]);
  });

  it('check 11: a throwing fn leaves the outer frame intact, and the error propagates unchanged', () => {
    const outer = getcontext();
    const boom = new Error('boom');
    expect(
      thrown(() =>
        localContext({ EVENT_LOOP_BASE_FLAGS: 5 }, () => {
          throw boom;
        }),
      ),
    ).toBe(boom);
    expect(getcontext()).toBe(outer);
    expect(EVENT_LOOP_BASE_FLAGS.get()).toBe(0);
  });

  it('check 11: the return value is passed through unchanged (a promise is returned as is)', () => {
    const value = { v: 1 };
    expect(localContext({}, () => value)).toBe(value);
    const promise = Promise.resolve(2);
    expect(localContext({}, () => promise)).toBe(promise);
  });

  it('the scope context is a copy of the current one plus the changes; the current one is unchanged', () => {
    getcontext().RETRY_DEFAULT_DELAY = 50;
    localContext({ RETRY_DEFAULT_TRIES: 9 }, () => {
      expect(RETRY_DEFAULT_DELAY.get()).toBe(50);
      getcontext().RETRY_DEFAULT_DELAY = 60;
      expect(RETRY_DEFAULT_DELAY.get()).toBe(60);
    });
    expect(RETRY_DEFAULT_DELAY.get()).toBe(50);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
  });

  it('runs fn with a given Context itself (not a copy)', () => {
    const ctx = new Context({ RETRY_DEFAULT_TRIES: 4 });
    localContext(ctx, () => {
      expect(getcontext()).toBe(ctx);
      getcontext().RETRY_DEFAULT_TRIES = 5;
    });
    expect(ctx.RETRY_DEFAULT_TRIES).toBe(5);
  });

  it('validates everything before fn runs: bad changes and a non-function fn throw, fn never runs', () => {
    let ran = false;
    const fn = (): void => {
      ran = true;
    };
    const unknown = thrown(() => localContext({ FOO: 1 } as never, fn));
    expect(unknown).toBeInstanceOf(RangeError);
    expect((unknown as Error).message).toBe("asyncutils.context.localContext: unknown contextual constant 'FOO'");
    const bad = thrown(() => localContext({ RETRY_DEFAULT_TRIES: 1, RETRY_DEFAULT_DELAY: -5 }, fn));
    expect(bad).toBeInstanceOf(RangeError);
    expect((bad as Error).message).toMatch(/^asyncutils\.context\.localContext: RETRY_DEFAULT_DELAY expects duration .*, got number -5$/);
    expect(thrown(() => localContext({ RETRY_DEFAULT_TRIES: '1' } as never, fn))).toBeInstanceOf(TypeError);
    expect(thrown(() => localContext(null as never, fn))).toBeInstanceOf(TypeError);
    expect(thrown(() => localContext([] as never, fn))).toBeInstanceOf(TypeError);
    const notFn = thrown(() => localContext({}, 'fn' as never));
    expect(notFn).toBeInstanceOf(TypeError);
    expect((notFn as Error).message).toBe("asyncutils.context.localContext: fn must be a function, got string 'fn'");
    expect(ran).toBe(false);
  });

  it('names are upper-cased, as upstream LocalContext(**k) accepts any case', () => {
    expect(localContext({ retry_default_tries: 8 } as never, () => RETRY_DEFAULT_TRIES.get())).toBe(8);
  });

  it('check 21: a function reading a handle sees the value of the scope it is called in', () => {
    const capacity = (): number => EVENT_WITH_VALUE_DEFAULT_MAX_HIST.get();
    expect(localContext({ EVENT_WITH_VALUE_DEFAULT_MAX_HIST: 1 }, capacity)).toBe(1);
    expect(capacity()).toBe(128);
  });
});

describe('localContext (async work, Node 20)', () => {
  it('check 12: the runtime mechanism is AsyncLocalStorage', () => {
    expect(contextScopeKind()).toBe('async-local-storage');
  });

  it('check 12: two concurrent scopes each see their own value across awaits; outside sees the default', async () => {
    const read = (n: number): Promise<number> =>
      localContext({ RETRY_DEFAULT_TRIES: n }, async () => {
        await sleep(5);
        return RETRY_DEFAULT_TRIES.get();
      });
    const both = Promise.all([read(1), read(2)]);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
    await sleep(1);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
    expect(await both).toEqual([1, 2]);
  });

  it('check 12: a setTimeout callback and promise callbacks scheduled inside see the scope’s value', async () => {
    const seen = await localContext({ RETRY_DEFAULT_TRIES: 7 }, () => {
      const fromTimer = new Promise<number>((resolve) => setTimeout(() => resolve(RETRY_DEFAULT_TRIES.get()), 0));
      const fromThen = Promise.resolve().then(() => RETRY_DEFAULT_TRIES.get());
      const fromMicrotask = new Promise<number>((resolve) => queueMicrotask(() => resolve(RETRY_DEFAULT_TRIES.get())));
      return Promise.all([fromTimer, fromThen, fromMicrotask]);
    });
    expect(seen).toEqual([7, 7, 7]);
  });

  it('anchor 6: 100 concurrent scopes through a limit of 2 each see their own value at every step', async () => {
    // A tiny limiter: a finishing task wakes the next waiter, so waiters resume from *another* scope's code.
    let active = 0;
    let maxActive = 0;
    const waiters: (() => void)[] = [];
    const acquire = async (): Promise<void> => {
      if (active < 2) {
        active++;
        return;
      }
      await new Promise<void>((resolve) => waiters.push(resolve));
    };
    const release = (): void => {
      const next = waiters.shift();
      if (next) next();
      else active--;
    };
    const task = (i: number): Promise<number[]> =>
      localContext({ RETRY_DEFAULT_TRIES: i, RETRY_DEFAULT_DELAY: i * 10 }, async () => {
        const seen = [RETRY_DEFAULT_TRIES.get()];
        await acquire();
        maxActive = Math.max(maxActive, active);
        try {
          seen.push(RETRY_DEFAULT_TRIES.get());
          for (let k = 0; k < i % 4; k++) await null;
          await sleep(i % 3);
          seen.push(RETRY_DEFAULT_TRIES.get(), getcontext().RETRY_DEFAULT_DELAY);
          seen.push(await localContext({ RETRY_DEFAULT_DELAY: 1 }, async () => (await sleep(0), RETRY_DEFAULT_TRIES.get() + RETRY_DEFAULT_DELAY.get())));
          seen.push(RETRY_DEFAULT_DELAY.get());
          return seen;
        } finally {
          release();
        }
      });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => task(i + 1)));
    results.forEach((seen, index) => {
      const i = index + 1;
      expect(seen, `task ${i}`).toEqual([i, i, i, i * 10, i + 1, i * 10]);
    });
    expect(maxActive).toBeLessThanOrEqual(2);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
  });
});
