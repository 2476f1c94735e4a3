import { hasAuditHooks } from '@asyncutils/audit';
import { CIRCUIT_BREAKER_DEFAULT_MAX_FAILS, localContext } from '@asyncutils/context';
import { CircuitBreakerError, CircuitHalfOpen, CircuitOpen, errorMatcher } from '@asyncutils/exceptions';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CircuitBreaker } from '../src/CircuitBreaker.js';
import { recordEvents, veto } from './support/audit.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  expect(hasAuditHooks()).toBe(false);
});

const failing = (err: unknown) => async (): Promise<never> => {
  throw err;
};

/** Opens `cb` (whose maxFails is `n`) with expected failures. */
async function open(cb: CircuitBreaker, n: number): Promise<void> {
  const bad = cb.wrap(failing(new TypeError('down')), { default: null });
  for (let i = 0; i < n; i++) await bad();
  expect(cb.state).toBe('OPEN');
}

/** A promise with its resolvers. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('CircuitBreaker', () => {
  it('uses performance.now under fake timers (the default timer is read at each call)', async () => {
    const t0 = performance.now();
    await vi.advanceTimersByTimeAsync(25);
    expect(performance.now() - t0).toBe(25);
  });

  it('check 11: closed → open → half-open → closed (adapted upstream)', async () => {
    const cb = new CircuitBreaker('test', { maxFails: 3, reset: 10, exc: TypeError, maxHalfOpenCalls: 2 });
    const f = cb.wrap(async () => 1);
    const h = cb.wrap(
      async () => {
        throw new TypeError();
      },
      { default: 0 },
    );
    expect(await f()).toBe(1);
    for (let i = 0; i < 3; i++) expect(await h()).toBe(0);
    await expect(h()).rejects.toBeInstanceOf(CircuitOpen);
    expect(cb.state).toBe('OPEN');
    await vi.advanceTimersByTimeAsync(20);
    expect(await h()).toBe(0);
    expect(cb.state).toBe('HALF_OPEN');
    expect(await h()).toBe(0);
    expect(cb.state).toBe('HALF_OPEN');
    expect(await f()).toBe(1);
    expect(cb.state).toBe('CLOSED');
    expect(cb.fails).toBe(0);
  });

  it('check 11: the CircuitOpen message names the circuit', async () => {
    const cb = new CircuitBreaker('payments', { maxFails: 1 });
    await open(cb, 1);
    await expect(cb.wrap(async () => 1)()).rejects.toThrow(new CircuitOpen('asyncutils.altlocks.CircuitBreaker: circuit payments is open'));
  });

  describe('check 12: audit events', () => {
    it('the constructor raises [name, maxFails] with the effective value', () => {
      using rec = recordEvents();
      new CircuitBreaker('test', { maxFails: 3 });
      expect(rec.events).toEqual([{ event: 'asyncutils.altlocks.CircuitBreaker', args: ['test', 3] }]);
    });

    it('regression: a defaulted maxFails is reported as the scoped context value, not null', () => {
      using rec = recordEvents();
      localContext({ CIRCUIT_BREAKER_DEFAULT_MAX_FAILS: 7 }, () => new CircuitBreaker('x'));
      new CircuitBreaker('y');
      expect(rec.events).toEqual([
        { event: 'asyncutils.altlocks.CircuitBreaker', args: ['x', 7] },
        { event: 'asyncutils.altlocks.CircuitBreaker', args: ['y', CIRCUIT_BREAKER_DEFAULT_MAX_FAILS.default] },
      ]);
    });

    it('the scoped default is the one the breaker uses', async () => {
      const cb = localContext({ CIRCUIT_BREAKER_DEFAULT_MAX_FAILS: 2 }, () => new CircuitBreaker('x'));
      await open(cb, 2);
    });

    it('wrap raises [name, fname] once per wrap, not per call', async () => {
      const cb = new CircuitBreaker('test');
      using rec = recordEvents();
      const g = cb.wrap(async function g() {});
      cb.wrap(async () => {});
      expect(rec.events).toEqual([
        { event: 'asyncutils.altlocks.CircuitBreaker.__call__', args: ['test', 'g'] },
        { event: 'asyncutils.altlocks.CircuitBreaker.__call__', args: ['test', '<anonymous>'] },
      ]);
      await g();
      await g();
      expect(rec.events).toHaveLength(2);
    });

    it('a throwing hook makes the constructor throw: no breaker is made', () => {
      const err = new Error('no breakers');
      using _v = veto('asyncutils.altlocks.CircuitBreaker', err);
      let made: CircuitBreaker | undefined;
      expect(() => {
        made = new CircuitBreaker('test');
      }).toThrow(err);
      expect(made).toBeUndefined();
    });

    it('a throwing hook makes wrap throw: no wrapper is returned, the breaker is untouched', async () => {
      const cb = new CircuitBreaker('test', { maxFails: 1 });
      const fn = vi.fn(async () => 1);
      const err = new Error('no wrapping');
      let wrapped: unknown;
      {
        using _v = veto('asyncutils.altlocks.CircuitBreaker.__call__', err);
        expect(() => {
          wrapped = cb.wrap(fn);
        }).toThrow(err);
      }
      expect(wrapped).toBeUndefined();
      expect(fn).not.toHaveBeenCalled();
      expect(cb.state).toBe('CLOSED');
    });

    it('decorate raises the constructor event, then the wrap event; a veto of either throws', () => {
      using rec = recordEvents();
      CircuitBreaker.decorate(async function fetchX() {}, { maxFails: 4 });
      expect(rec.events).toEqual([
        { event: 'asyncutils.altlocks.CircuitBreaker', args: ['fetchX', 4] },
        { event: 'asyncutils.altlocks.CircuitBreaker.__call__', args: ['fetchX', 'fetchX'] },
      ]);
      {
        using _v = veto('asyncutils.altlocks.CircuitBreaker.__call__');
        expect(() => CircuitBreaker.decorate(async function a() {})).toThrow(/vetoed/);
      }
      {
        using _v = veto('asyncutils.altlocks.CircuitBreaker');
        expect(() => CircuitBreaker.decorate(async function b() {})).toThrow(/vetoed/);
      }
      // the vetoed constructor raised no wrap event
      expect(rec.events.map((e) => e.args[0])).toEqual(['fetchX', 'fetchX', 'a', 'a', 'b']);
    });
  });

  it('check 13 / regression: failures are consecutive (a success resets fails)', async () => {
    const cb = new CircuitBreaker('c', { maxFails: 3 });
    const bad = cb.wrap(failing(new Error('x')), { default: 'd' });
    const ok = cb.wrap(async () => 'ok');
    await bad();
    await bad();
    expect(cb.fails).toBe(2);
    await ok();
    expect(cb.fails).toBe(0);
    await bad();
    await bad();
    expect(cb.state).toBe('CLOSED');
    expect(cb.fails).toBe(2);
  });

  it('check 14: an unexpected error is wrapped, not counted, and never replaced by default', async () => {
    const cb = new CircuitBreaker('test', { exc: TypeError });
    const cause = new RangeError('bad range');
    const f = cb.wrap(async function loadIt() {
      throw cause;
    }, { default: 0 });
    const err = await f().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CircuitBreakerError);
    expect((err as Error).message).toBe("asyncutils.altlocks.CircuitBreaker: unexpected RangeError in loadIt under breaker 'test'");
    expect((err as Error).cause).toBe(cause);
    expect(cb.fails).toBe(0);
    const anon = await cb.wrap(() => Promise.reject(5))().catch((e: unknown) => e);
    expect((anon as Error).message).toBe("asyncutils.altlocks.CircuitBreaker: unexpected number in <anonymous> under breaker 'test'");
  });

  it('exc accepts several classes and error matchers (instanceof)', async () => {
    const cb = new CircuitBreaker('m', { exc: [SyntaxError, errorMatcher('HttpError')], maxFails: 5 });
    const run = (e: unknown) => cb.wrap(failing(e), { default: 'd' })();
    expect(await run(new SyntaxError())).toBe('d');
    expect(await run(Object.assign(new Error(), { name: 'HttpError' }))).toBe('d');
    expect(cb.fails).toBe(2);
    await expect(run(new TypeError())).rejects.toBeInstanceOf(CircuitBreakerError);
    expect(cb.fails).toBe(2);
  });

  describe('check 15: half-open', () => {
    it('admits a probe and maxHalfOpenCalls trials, refuses the rest; the probe closes it', async () => {
      const cb = new CircuitBreaker('hb', { maxFails: 1, reset: 10, maxHalfOpenCalls: 1 });
      await open(cb, 1);
      await vi.advanceTimersByTimeAsync(10);
      const probe = deferred<string>();
      const trial = deferred<string>();
      const fn = vi.fn();
      const p1 = cb.wrap(() => (fn(), probe.promise))();
      expect(cb.state).toBe('HALF_OPEN');
      const p2 = cb.wrap(() => (fn(), trial.promise))();
      const p3 = cb.wrap(() => (fn(), 'never'))();
      await expect(p3).rejects.toThrow(
        new CircuitHalfOpen('asyncutils.altlocks.CircuitBreaker: breaker hb exceeded the maximum of 1 calls in the half-open state'),
      );
      await expect(p3).rejects.toBeInstanceOf(CircuitHalfOpen);
      expect(fn).toHaveBeenCalledTimes(2);
      probe.resolve('probe');
      expect(await p1).toBe('probe');
      expect(cb.state).toBe('CLOSED');
      trial.resolve('trial');
      expect(await p2).toBe('trial');
      expect(cb.state).toBe('CLOSED');
    });

    it('regression: with maxHalfOpenCalls 0 a failing probe reopens the circuit (no stuck half-open)', async () => {
      const cb = new CircuitBreaker('z', { maxFails: 1, reset: 10, maxHalfOpenCalls: 0, exc: TypeError });
      await open(cb, 1);
      await vi.advanceTimersByTimeAsync(10);
      const probe = deferred<never>();
      const p = cb.wrap(() => probe.promise, { default: 'd' })();
      await expect(cb.wrap(async () => 1)()).rejects.toBeInstanceOf(CircuitHalfOpen);
      probe.reject(new RangeError('unexpected kinds end a probe too'));
      await expect(p).rejects.toBeInstanceOf(CircuitBreakerError);
      expect(cb.state).toBe('OPEN');
      await vi.advanceTimersByTimeAsync(5);
      await expect(cb.wrap(async () => 1)()).rejects.toBeInstanceOf(CircuitOpen);
      expect(cb.state).toBe('OPEN');
      await vi.advanceTimersByTimeAsync(5);
      expect(await cb.wrap(async () => 1)()).toBe(1);
      expect(cb.state).toBe('CLOSED');
    });

    it('regression: exhaustion waits for every probe/trial of the generation to end', async () => {
      const cb = new CircuitBreaker('w', { maxFails: 5, reset: 10, maxHalfOpenCalls: 1 });
      const opener = new CircuitBreaker('unused');
      void opener;
      // open it with five failures
      const bad = cb.wrap(failing(new Error('x')), { default: null });
      for (let i = 0; i < 5; i++) await bad();
      await vi.advanceTimersByTimeAsync(10);
      const probe = deferred<never>();
      const trial = deferred<string>();
      const p1 = cb.wrap(() => probe.promise, { default: 'd' })();
      const p2 = cb.wrap(() => trial.promise)();
      probe.reject(new Error('probe failed'));
      expect(await p1).toBe('d');
      expect(cb.state).toBe('HALF_OPEN'); // the trial still runs
      trial.resolve('saved');
      expect(await p2).toBe('saved');
      expect(cb.state).toBe('CLOSED');
    });

    it('expected failures while half-open count towards maxFails', async () => {
      const cb = new CircuitBreaker('h', { maxFails: 2, reset: 10, maxHalfOpenCalls: 5 });
      await open(cb, 2);
      await vi.advanceTimersByTimeAsync(10);
      const bad = cb.wrap(failing(new Error('x')), { default: null });
      await bad();
      expect(cb.state).toBe('HALF_OPEN');
      expect(cb.fails).toBe(1);
      await bad();
      expect(cb.state).toBe('OPEN');
      expect(cb.fails).toBe(0);
    });
  });

  it('check 16 / regression: a late outcome of an older generation changes nothing', async () => {
    const cb = new CircuitBreaker('s', { maxFails: 1, reset: 10 });
    const first = deferred<string>();
    const second = deferred<string>();
    const p1 = cb.wrap(() => first.promise, { default: 'd' })();
    const p2 = cb.wrap(() => second.promise)();
    first.reject(new Error('boom'));
    expect(await p1).toBe('d');
    expect(cb.state).toBe('OPEN');
    second.resolve('late');
    expect(await p2).toBe('late');
    expect(cb.state).toBe('OPEN');
    // a stale failure neither counts nor loses its default
    await vi.advanceTimersByTimeAsync(10);
    const third = deferred<string>();
    const p3 = cb.wrap(() => third.promise, { default: 'old' })();
    await cb.wrap(async () => 'probe')();
    expect(cb.state).toBe('CLOSED');
    third.reject(new Error('stale'));
    expect(await p3).toBe('old');
    expect(cb.state).toBe('CLOSED');
    expect(cb.fails).toBe(0);
  });

  it('regression: the probe admitted on OPEN → HALF_OPEN closes the circuit by itself', async () => {
    const cb = new CircuitBreaker('p', { maxFails: 1, reset: 10 });
    await open(cb, 1);
    await vi.advanceTimersByTimeAsync(10);
    expect(await cb.wrap(async () => 'up')()).toBe('up');
    expect(cb.state).toBe('CLOSED');
  });

  describe('check 17: decorate', () => {
    it('names the breaker and the wrapper after fn, and shares nothing with other breakers', async () => {
      const w = CircuitBreaker.decorate(async function fetchX(n: number) {
        return n * 2;
      });
      expect(w.name).toBe('fetchX');
      expect(w.breaker).toBeInstanceOf(CircuitBreaker);
      expect(w.breaker.name).toBe('fetchX');
      expect(await w(21)).toBe(42);
    });

    it('anonymous functions get #1, #2 (the counter moves only when used)', () => {
      const named = CircuitBreaker.decorate(async function named() {});
      const a = CircuitBreaker.decorate(async () => {});
      const b = CircuitBreaker.decorate(() => 1);
      expect(named.breaker.name).toBe('named');
      expect([a.breaker.name, b.breaker.name]).toEqual(['#1', '#2']);
      expect(a.name).toBe('');
    });

    it('forwards this and arguments', async () => {
      const obj = {
        base: 10,
        add: CircuitBreaker.decorate(async function add(this: { base: number }, a: number, b: number) {
          return this.base + a + b;
        }),
      };
      expect(await obj.add(1, 2)).toBe(13);
    });

    it('a synchronous throw is a counted rejection; a plain value resolves', async () => {
      const sync = CircuitBreaker.decorate(
        (x: number): number => {
          if (x < 0) throw new RangeError('negative');
          return x;
        },
        { maxFails: 2 },
      );
      const p = sync(-1);
      expect(p).toBeInstanceOf(Promise);
      await expect(p).rejects.toThrow('negative');
      expect(sync.breaker.fails).toBe(1);
      expect(await sync(3)).toBe(3);
      expect(sync.breaker.fails).toBe(0);
      await expect(sync(-1)).rejects.toThrow(RangeError);
      await expect(sync(-1)).rejects.toThrow(RangeError);
      expect(sync.breaker.state).toBe('OPEN');
    });

    it('rejects a non-function with a TypeError naming the API', () => {
      expect(() => CircuitBreaker.decorate(5 as never)).toThrow(
        new TypeError('asyncutils.altlocks.CircuitBreaker.decorate: expected a function, got 5'),
      );
    });
  });

  describe('check 18: defaults and validation', () => {
    it('reset defaults to 30 000 ms: OPEN at 29 999 ms, probe admitted at 30 000 ms', async () => {
      const cb = new CircuitBreaker('d', { maxFails: 1 });
      await open(cb, 1);
      await vi.advanceTimersByTimeAsync(29_999);
      await expect(cb.wrap(async () => 1)()).rejects.toBeInstanceOf(CircuitOpen);
      await vi.advanceTimersByTimeAsync(1);
      expect(await cb.wrap(async () => 1)()).toBe(1);
    });

    it('maxFails defaults to 3 and maxHalfOpenCalls to 5', async () => {
      const cb = new CircuitBreaker('d', { reset: 0 });
      await open(cb, 3);
      const gates = Array.from({ length: 7 }, () => deferred<number>());
      const calls = gates.map((g) => cb.wrap(() => g.promise)());
      // probe + 5 trials admitted, the 7th refused
      await expect(calls[6]).rejects.toBeInstanceOf(CircuitHalfOpen);
      gates.forEach((g, i) => g.resolve(i));
      expect(await Promise.all(calls.slice(0, 6))).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('isFailure replaces exc', async () => {
      const cb = new CircuitBreaker('i', {
        exc: TypeError,
        isFailure: (e) => ((e as { status?: number }).status ?? 0) >= 500,
        maxFails: 5,
      });
      const run = (e: unknown) => cb.wrap(failing(e), { default: 'd' })();
      expect(await run({ status: 503 })).toBe('d');
      expect(cb.fails).toBe(1);
      await expect(run(new TypeError('not counted now'))).rejects.toBeInstanceOf(CircuitBreakerError);
      await expect(run({ status: 404 })).rejects.toBeInstanceOf(CircuitBreakerError);
      expect(cb.fails).toBe(1);
    });

    it('a throwing isFailure rejects the call with its own error and counts nothing', async () => {
      const oops = new Error('predicate bug');
      const cb = new CircuitBreaker('i', {
        isFailure: () => {
          throw oops;
        },
        maxFails: 1,
        reset: 0,
        maxHalfOpenCalls: 0,
      });
      await expect(cb.wrap(failing(new Error('x')))()).rejects.toBe(oops);
      expect(cb.state).toBe('CLOSED');
      expect(cb.fails).toBe(0);
    });

    it('rejects bad arguments with errors naming the API', () => {
      expect(() => new CircuitBreaker('x', { maxFails: 0 })).toThrow(RangeError);
      expect(() => new CircuitBreaker('x', { maxFails: 0 })).toThrow(/^asyncutils\.altlocks\.CircuitBreaker: maxFails must be an integer >= 1, got 0$/);
      expect(() => new CircuitBreaker('x', { maxFails: 1.5 })).toThrow(RangeError);
      expect(() => new CircuitBreaker('x', { maxFails: '3' as never })).toThrow(TypeError);
      expect(() => new CircuitBreaker('x', { reset: -1 })).toThrow(/reset must be a finite number >= 0, got -1/);
      expect(() => new CircuitBreaker('x', { reset: Infinity })).toThrow(RangeError);
      expect(() => new CircuitBreaker('x', { reset: NaN })).toThrow(RangeError);
      expect(() => new CircuitBreaker('x', { maxHalfOpenCalls: -1 })).toThrow(RangeError);
      expect(() => new CircuitBreaker('x', { exc: 'TypeError' as never })).toThrow(TypeError);
      expect(() => new CircuitBreaker('x', { exc: [TypeError, 5] as never })).toThrow(/exc must be an error class or an array of them, got 5/);
      expect(() => new CircuitBreaker('x', { isFailure: true as never })).toThrow(/isFailure must be a function/);
      expect(() => new CircuitBreaker(5 as never)).toThrow(new TypeError('asyncutils.altlocks.CircuitBreaker: name must be a string, got 5'));
      const cb = new CircuitBreaker('x');
      expect(() => cb.wrap('x' as never)).toThrow(new TypeError("asyncutils.altlocks.CircuitBreaker.wrap: expected a function, got 'x'"));
      expect(() => cb.wrap(async () => 1, { timer: 5 as never })).toThrow(/timer must be a function, got 5/);
      expect(() => new CircuitBreaker('x', 5 as never)).toThrow(new TypeError('asyncutils.altlocks.CircuitBreaker: options must be an object, got 5'));
      expect(() => new CircuitBreaker('x', null as never)).toThrow(TypeError);
      expect(() => cb.wrap(async () => 1, 'opts' as never)).toThrow(
        new TypeError("asyncutils.altlocks.CircuitBreaker.wrap: options must be an object, got 'opts'"),
      );
    });

    it('a vetoed constructor does not run validation side effects twice; bad input is checked before the event', () => {
      using rec = recordEvents();
      expect(() => new CircuitBreaker('x', { maxFails: 0 })).toThrow(RangeError);
      expect(() => new CircuitBreaker('x').wrap(null as never)).toThrow(TypeError);
      expect(rec.events.map((e) => e.event)).toEqual(['asyncutils.altlocks.CircuitBreaker']);
    });
  });

  it('State is a frozen table of the three states', () => {
    expect(CircuitBreaker.State).toEqual({ CLOSED: 'CLOSED', HALF_OPEN: 'HALF_OPEN', OPEN: 'OPEN' });
    expect(Object.isFrozen(CircuitBreaker.State)).toBe(true);
    expect(new CircuitBreaker('s').state).toBe(CircuitBreaker.State.CLOSED);
  });

  it('several wrappers share the breaker; each keeps its own default and timer', async () => {
    let clock = 0;
    const cb = new CircuitBreaker('shared', { maxFails: 2, reset: 100 });
    const a = cb.wrap(failing(new Error('a')), { default: 'A', timer: () => clock });
    const b = cb.wrap(failing(new Error('b')), { timer: () => clock });
    expect(a.breaker).toBe(cb);
    expect(await a()).toBe('A');
    await expect(b()).rejects.toThrow('b');
    expect(cb.state).toBe('OPEN');
    clock = 99;
    await expect(a()).rejects.toBeInstanceOf(CircuitOpen);
    clock = 100;
    expect(await a()).toBe('A'); // the probe fails: half-open, fails 1
    expect(cb.state).toBe('HALF_OPEN');
    const undef = cb.wrap(failing(new Error('u')), { default: undefined });
    expect(await undef()).toBeUndefined();
  });

  it('the wrapper is a plain function with name and breaker (read-only)', () => {
    const cb = new CircuitBreaker('w');
    const w = cb.wrap(async function work() {});
    expect(typeof w).toBe('function');
    expect(w.name).toBe('work');
    expect(Object.getOwnPropertyDescriptor(w, 'breaker')).toMatchObject({ value: cb, writable: false });
    expect('then' in w).toBe(false);
  });

  it('adopts thenable results: a resolving thenable is a success, a rejecting one a counted failure', async () => {
    const cb = new CircuitBreaker('thenables', { maxFails: 2 });
    const ok = cb.wrap(() => ({ then: (res: (v: number) => void) => res(5) }) as unknown as PromiseLike<number>);
    const bad = cb.wrap(() => ({ then: (_: unknown, rej: (e: unknown) => void) => rej(new Error('no')) }) as unknown as PromiseLike<number>);
    expect(await ok()).toBe(5);
    await expect(bad()).rejects.toThrow('no');
    expect(cb.fails).toBe(1);
    expect(await ok()).toBe(5);
    expect(cb.fails).toBe(0);
  });

  it('the closed-state path runs fn synchronously and settles one microtask after fn’s promise', async () => {
    const cb = new CircuitBreaker('ticks');
    let called = false;
    const w = cb.wrap(async () => {
      called = true;
      return 1;
    });
    let settled = false;
    void w().then(() => (settled = true));
    expect(called).toBe(true);
    for (let i = 0; i < 3; i++) await Promise.resolve();
    expect(settled).toBe(true);
  });
});

describe('CircuitBreaker property: state machine under random outcomes, timing and interleavings', () => {
  type Outcome = 'ok' | 'fail' | 'unexpected' | 'syncThrow';
  type Step = { kind: 'call'; outcome: Outcome; advance: number } | { kind: 'settle' };
  const allowed = new Set(['CLOSED>OPEN', 'OPEN>HALF_OPEN', 'HALF_OPEN>CLOSED', 'HALF_OPEN>OPEN']);
  /** Drains every pending microtask (the breaker's handlers and the wrapper's continuations). */
  const drain = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  it('transitions are consistent, refusals are justified, half-open admits at most 1 probe + maxHalfOpenCalls trials, every call settles once', async () => {
    vi.useRealTimers();
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.record({
          maxFails: fc.integer({ min: 1, max: 3 }),
          reset: fc.integer({ min: 0, max: 30 }),
          maxHalfOpenCalls: fc.integer({ min: 0, max: 3 }),
        }),
        fc.array(
          fc.oneof(
            fc.record({
              kind: fc.constant('call' as const),
              outcome: fc.constantFrom<Outcome>('ok', 'fail', 'unexpected', 'syncThrow'),
              advance: fc.integer({ min: 0, max: 20 }),
            }),
            fc.constant({ kind: 'settle' as const }),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        async (s, cfg, steps: Step[]) => {
          let clock = 0;
          const cb = new CircuitBreaker('prop', { ...cfg, exc: TypeError });
          let last = cb.state;
          let openedAt = 0;
          let admittedInPeriod = 0;
          let invoked = 0;
          let calls = 0;
          const settledTimes: number[] = [];
          const observe = (): void => {
            const st = cb.state;
            expect(cb.fails).toBeLessThan(cfg.maxFails);
            if (st === 'OPEN') expect(cb.fails).toBe(0);
            if (st === last) return;
            expect(allowed.has(`${last}>${st}`)).toBe(true);
            if (st === 'OPEN') openedAt = clock;
            if (st === 'HALF_OPEN') {
              expect(clock - openedAt).toBeGreaterThanOrEqual(cfg.reset);
              admittedInPeriod = 0;
            }
            last = st;
          };
          const wrapped = cb.wrap(
            (outcome: Outcome): Promise<string> => {
              invoked++;
              if (outcome === 'syncThrow') throw new TypeError('sync');
              return s.schedule(Promise.resolve(outcome)).then((o) => {
                if (o === 'fail') throw new TypeError('fail');
                if (o === 'unexpected') throw new RangeError('unexpected');
                return o;
              });
            },
            { timer: () => clock },
          );
          for (const step of steps) {
            if (step.kind === 'settle') {
              if (s.count() > 0) await s.waitOne();
              await drain();
              observe();
              continue;
            }
            clock += step.advance;
            const before = cb.state;
            const invokedBefore = invoked;
            const id = calls++;
            settledTimes[id] = 0;
            const p = wrapped(step.outcome);
            const admitted = invoked > invokedBefore;
            // Admission is synchronous, and so is counting a synchronous throw: a probe admitted while OPEN that
            // throws at once takes the breaker half-open and open again within the call, unseen by observe().
            if (admitted && before === 'OPEN' && cb.state === 'OPEN') {
              expect(clock - openedAt).toBeGreaterThanOrEqual(cfg.reset);
              expect(step.outcome).toBe('syncThrow');
              openedAt = clock;
            }
            observe();
            if (admitted && cb.state === 'HALF_OPEN') {
              admittedInPeriod++;
              expect(admittedInPeriod).toBeLessThanOrEqual(cfg.maxHalfOpenCalls + 1);
            }
            if (!admitted) expect(before).not.toBe('CLOSED');
            // The refusal is decided now; the rejection arrives a few microtasks later, so judge it by now.
            const openFor = clock - openedAt;
            const admittedNow = admittedInPeriod;
            p.then(
              (v) => {
                settledTimes[id]! += 1;
                expect(admitted).toBe(true);
                expect(v).toBe('ok');
              },
              (e: unknown) => {
                settledTimes[id]! += 1;
                if (e instanceof CircuitOpen) {
                  expect(admitted).toBe(false);
                  expect(before).toBe('OPEN');
                  expect(openFor).toBeLessThan(cfg.reset);
                } else if (e instanceof CircuitHalfOpen) {
                  expect(admitted).toBe(false);
                  expect(before).toBe('HALF_OPEN');
                  expect(admittedNow).toBe(cfg.maxHalfOpenCalls + 1);
                } else {
                  expect(admitted).toBe(true);
                  if (e instanceof CircuitBreakerError) expect(e.cause).toBeInstanceOf(RangeError);
                  else expect(e).toBeInstanceOf(TypeError);
                }
              },
            );
            await drain();
            observe();
          }
          await s.waitIdle();
          await drain();
          observe();
          // every call settled exactly once
          expect(settledTimes).toEqual(Array.from({ length: calls }, () => 1));
          // nothing runs now: a half-open breaker must still have budget (it cannot be stuck)
          if (cb.state === 'HALF_OPEN') expect(admittedInPeriod).toBeLessThanOrEqual(cfg.maxHalfOpenCalls);
        },
      ),
      { numRuns: 100 },
    );
  });
});
