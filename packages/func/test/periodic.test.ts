// The shared engine of every/everymethod: stop-promise rejections, aborts at every stage, and cleanup.
import { setMaxListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { every } from '../src/every.js';
import { periodicConfig, runPeriodic, stopStateOf } from '../src/periodic.js';
import { deferred, failLater, flush, listeners, spyConsole, track } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
  spyConsole();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('periodic engine', () => {
  it('a rejecting stopWhen ends the loop with stopOnExc (resolving default)', async () => {
    const f = vi.fn();
    const p = track(every(100, { stopWhen: failLater(150, new Error('cancelled')), default: 'd' })(f)());
    await vi.advanceTimersByTimeAsync(150);
    expect(p.value).toBe('d');
    expect(f).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('without stopOnExc a rejecting stopWhen is reported (debug, or info when verbose) and ignored for the rest of the run', async () => {
    const con = spyConsole();
    const reason = new Error('cancelled');
    const stop = failLater(150, reason);
    const f = vi.fn();
    const p = track(every(100, { stopWhen: stop, stopOnExc: false, maxIterations: 5 })(f)());
    await vi.advanceTimersByTimeAsync(500);
    expect(f).toHaveBeenCalledTimes(5);
    expect(p.state).toBe('fulfilled');
    expect(con.debug).toHaveBeenCalledWith(expect.stringMatching(/^asyncutils\.func\.every: the stop promise of periodic coroutine \S+ rejected on iteration 1$/), reason);
    const q = track(every(100, { stopWhen: stop, stopOnExc: false, maxIterations: 2, verbose: true })(f)());
    await vi.advanceTimersByTimeAsync(200);
    expect(q.state).toBe('fulfilled');
    expect(con.info).toHaveBeenCalledWith(expect.stringMatching(/the stop promise of periodic coroutine \S+ rejected on iteration 0$/), reason);
  });

  it('abort while f is in flight rejects at once; f is not awaited and its later rejection is handled', async () => {
    const ctl = new AbortController();
    const inFlight = deferred<void>();
    const f = vi.fn(() => inFlight.promise);
    const p = track(every(100, { signal: ctl.signal })(f)());
    await flush();
    ctl.abort('why');
    await flush();
    expect(p.reason).toBe('why');
    inFlight.reject(new Error('late failure, handled'));
    await flush();
    expect(listeners(ctl.signal)).toBe(0);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('abort during waitFirst, and an abort by f itself, reject with the reason', async () => {
    const ctl = new AbortController();
    const f = vi.fn();
    const p = track(every(100, { signal: ctl.signal, waitFirst: true })(f)());
    await vi.advanceTimersByTimeAsync(50);
    ctl.abort('early');
    await flush();
    expect(p.reason).toBe('early');
    expect(f).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    const own = new AbortController();
    const selfAborting = every(100, { signal: own.signal })(() => own.abort('from f'));
    await expect(selfAborting()).rejects.toBe('from f');
    const own2 = new AbortController();
    const throwing = every(100, { signal: own2.signal })(() => {
      own2.abort('abort then throw');
      throw new Error('ignored');
    });
    await expect(throwing()).rejects.toBe('abort then throw');
    const own3 = new AbortController();
    const resolvedThenAborted = every(100, { signal: own3.signal, stopOnExc: false })(async () => {
      queueMicrotask(() => own3.abort('between'));
    });
    await expect(resolvedThenAborted()).rejects.toBe('between');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('observes each stop promise once, however many decorators share it', () => {
    const stop = deferred<number>();
    const a = stopStateOf('api', 'stopWhen', stop.promise);
    expect(stopStateOf('api', 'stopWhen', stop.promise)).toBe(a);
    expect(a.s).toBe(0);
    expect(() => stopStateOf('api', 'stopWhen', null)).toThrow(/api: stopWhen must be a promise or thenable, got null/);
    expect(() => stopStateOf('api', 'stopWhen', { then: 1 })).toThrow(TypeError);
  });

  it('a stop thenable whose then throws counts as rejected', async () => {
    const st = stopStateOf('api', 'stopWhen', {
      then(): never {
        throw new Error('bad thenable');
      },
    });
    await flush();
    expect(st.s).toBe(2);
  });

  it('runPeriodic with a stop state and no wake-up left behind; 1 000 runs on one signal leave no listener', async () => {
    const ctl = new AbortController();
    setMaxListeners(0, ctl.signal);
    const stop = deferred<string>();
    const st = stopStateOf('api', 'stopWhen', stop.promise);
    const c = periodicConfig('api', 10, { signal: ctl.signal, maxIterations: 1, stopOnExc: false });
    const runs: Promise<unknown>[] = [];
    for (let i = 0; i < 1_000; i++) runs.push(runPeriodic(c, () => undefined, undefined, [], st, 'f'));
    await flush();
    expect(listeners(ctl.signal)).toBe(1_000);
    expect(st.w.size).toBe(1_000);
    await vi.advanceTimersByTimeAsync(10);
    await Promise.all(runs);
    expect(listeners(ctl.signal)).toBe(0);
    expect(st.w.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
