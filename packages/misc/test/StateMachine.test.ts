import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StateMachine } from '../src/StateMachine.js';
import { deferred, flush, isDomError, listeners, rejection, track } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('StateMachine', () => {
  it('check 11: registered transitions succeed; unregistered ones (and self-transitions) are refused', async () => {
    const sm = new StateMachine('idle');
    sm.add('idle', 'run');
    expect(await sm.transition('run')).toBe(true);
    expect(sm.state).toBe('run');
    expect(await sm.transition('idle')).toBe(false);
    expect(await sm.transition('run')).toBe(false);
    expect(sm.state).toBe('run');
  });

  it('check 12: guards are awaited in insertion order with (from, to), the second only after the first resolved falsy', async () => {
    const sm = new StateMachine('a');
    const calls: string[] = [];
    const first = deferred<boolean>();
    const g1 = vi.fn((from: string, to: string) => {
      calls.push(`g1 ${from} ${to}`);
      return first.promise;
    });
    const g2 = vi.fn((from: string, to: string) => {
      calls.push(`g2 ${from} ${to}`);
      return 1;
    });
    sm.add('a', 'b', g1);
    sm.add('a', 'b', g2);
    sm.add('a', 'b', g1); // kept once
    const t = track(sm.transition('b'));
    await flush();
    expect(calls).toEqual(['g1 a b']);
    first.resolve(false);
    await flush();
    expect(calls).toEqual(['g1 a b', 'g2 a b']);
    expect(t.value).toBe(true);
    expect(sm.state).toBe('b');

    const refused = new StateMachine('a');
    const handler = vi.fn();
    refused.add('a', 'b', async () => false);
    refused.add('a', 'b', () => 0);
    refused.onExit('a', handler);
    refused.onEnter('b', handler);
    expect(await refused.transition('b')).toBe(false);
    expect(handler).not.toHaveBeenCalled();
    expect(refused.state).toBe('a');
  });

  it('an unconditional guard allows the transition without calling the conditions', async () => {
    const sm = new StateMachine('a');
    const guard = vi.fn(() => false);
    sm.add('a', 'b', guard);
    sm.add('a', 'b', null);
    expect(await sm.transition('b')).toBe(true);
    expect(guard).not.toHaveBeenCalled();
  });

  it('check 13: the exit handler runs (awaited) before the state changes, the enter handler after; registering replaces', async () => {
    const sm = new StateMachine('a');
    sm.add('a', 'b');
    sm.add('b', 'a');
    const log: string[] = [];
    const exitDone = deferred<void>();
    const x = vi.fn(async () => {
      log.push(`exit from ${sm.state}`);
      await exitDone.promise;
    });
    const y = vi.fn(() => log.push(`enter, now ${sm.state}`));
    expect(sm.onExit('a')(x)).toBe(x);
    expect(sm.onEnter('b', y)).toBe(y);
    const t = track(sm.transition('b'));
    await flush();
    expect(log).toEqual(['exit from a']);
    expect(sm.state).toBe('a');
    exitDone.resolve();
    await flush();
    expect(log).toEqual(['exit from a', 'enter, now b']);
    expect(t.value).toBe(true);
    const decorator = sm.onEnter('a');
    const z = vi.fn();
    expect(decorator(z)).toBe(z);
    const replacement = vi.fn();
    sm.onEnter('a', replacement);
    await sm.transition('a');
    expect(z).not.toHaveBeenCalled();
    expect(replacement).toHaveBeenCalledOnce();
    expect(replacement.mock.calls[0]).toEqual([]);
  });

  it('check 14: a throwing exit handler leaves the state, a throwing enter handler changes it, a throwing guard rejects', async () => {
    const exitError = new Error('exit');
    const sm = new StateMachine('a');
    sm.add('a', 'b');
    sm.onExit('a', () => {
      throw exitError;
    });
    expect(await rejection(sm.transition('b'))).toBe(exitError);
    expect(sm.state).toBe('a');

    const enterError = new Error('enter');
    const sm2 = new StateMachine('a');
    sm2.add('a', 'b');
    sm2.onEnter('b', async () => {
      throw enterError;
    });
    expect(await rejection(sm2.transition('b'))).toBe(enterError);
    expect(sm2.state).toBe('b');

    const guardError = new Error('guard');
    const sm3 = new StateMachine('a');
    sm3.add('a', 'b', () => {
      throw guardError;
    });
    sm3.add('a', 'c');
    const failed = sm3.transition('b');
    const next = sm3.transition('c'); // the next queued transition proceeds
    expect(await rejection(failed)).toBe(guardError);
    expect(await next).toBe(true);
    expect(sm3.state).toBe('c');
  });

  it('check 15: transitions issued together run in order, each from the state the previous one left', async () => {
    const sm = new StateMachine('a');
    sm.add('a', 'b');
    sm.add('b', 'c');
    const [ab, bc] = await Promise.all([sm.transition('b'), sm.transition('c')]);
    expect([ab, bc]).toEqual([true, true]);
    expect(sm.state).toBe('c');
  });

  it('rejects bad arguments with TypeError naming the member and the value', async () => {
    expect(() => new StateMachine(1 as never)).toThrow('asyncutils.misc.StateMachine: state must be a string, got 1');
    const sm = new StateMachine('a');
    expect(() => sm.add('a', null as never)).toThrow('asyncutils.misc.StateMachine.add: to must be a string, got null');
    expect(() => sm.add(Symbol('x') as never, 'b')).toThrow(/add: from must be a string, got symbol/);
    expect(() => sm.add('a', 'b', 'yes' as never)).toThrow('asyncutils.misc.StateMachine.add: condition must be a function, got "yes"');
    expect(() => sm.onEnter(2 as never)).toThrow(TypeError);
    expect(() => sm.onEnter('a', undefined as never)).toThrow('asyncutils.misc.StateMachine.onEnter: handler must be a function, got undefined');
    expect(() => sm.onExit('a')(3 as never)).toThrow('asyncutils.misc.StateMachine.onExit: handler must be a function, got 3');
    expect(await rejection(sm.transition(4 as never))).toBeInstanceOf(TypeError);
    expect(await rejection(sm.transition('b', 'x' as never))).toBeInstanceOf(TypeError);
    expect(await rejection(sm.transition('b', { timeout: Number.NaN }))).toBeInstanceOf(RangeError);
  });

  it('signal and timeout bound the wait for the turn: the waiter leaves the queue, the next one runs', async () => {
    const sm = new StateMachine('a');
    const gate = deferred<boolean>();
    sm.add('a', 'b', () => gate.promise);
    sm.add('b', 'c');
    sm.add('b', 'd');
    const running = sm.transition('b');
    const ac = new AbortController();
    const aborted = track(sm.transition('c', { signal: ac.signal }));
    const timed = track(sm.transition('c', { timeout: 10 }));
    const last = sm.transition('d', { signal: new AbortController().signal, timeout: 1000 });
    ac.abort(new Error('changed my mind'));
    await vi.advanceTimersByTimeAsync(10);
    expect(aborted.state).toBe('rejected');
    expect((aborted.reason as Error).message).toBe('changed my mind');
    expect(listeners(ac.signal)).toBe(0);
    expect(isDomError(timed.reason, 'TimeoutError')).toBe(true);
    expect((timed.reason as Error).message).toBe('asyncutils.misc.StateMachine.transition: timed out after 10 ms');
    gate.resolve(true);
    expect(await running).toBe(true);
    expect(await last).toBe(true);
    expect(sm.state).toBe('d');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a transition whose turn has come is no longer abortable; an already aborted signal never queues', async () => {
    const sm = new StateMachine('a');
    const gate = deferred<boolean>();
    const exit = deferred<void>();
    sm.add('a', 'b', () => gate.promise);
    sm.add('b', 'c');
    sm.onExit('b', () => exit.promise);
    const ac = new AbortController();
    const first = sm.transition('b');
    const second = track(sm.transition('c', { signal: ac.signal }));
    gate.resolve(true);
    await first;
    await flush();
    ac.abort(); // its turn began: exit handler pending
    exit.resolve();
    await flush();
    expect(second.state).toBe('fulfilled');
    expect(sm.state).toBe('c');
    const pre = new AbortController();
    pre.abort('early');
    expect(await rejection(sm.transition('a', { signal: pre.signal }))).toBe('early');
  });

  it('regression: the state is read when the turn comes (upstream read it before taking its lock)', async () => {
    const sm = new StateMachine('a');
    const gate = deferred<boolean>();
    sm.add('a', 'b', () => gate.promise);
    sm.add('b', 'c');
    const seen: string[] = [];
    sm.add('a', 'c', (from) => void seen.push(from));
    const ab = sm.transition('b');
    const c = sm.transition('c'); // issued while in 'a'; evaluated from 'b'
    gate.resolve(true);
    expect(await Promise.all([ab, c])).toEqual([true, true]);
    expect(seen).toEqual([]);
  });

  it('regression: handler errors propagate (upstream swallowed KeyErrors raised inside handlers)', async () => {
    const keyError = new RangeError('missing key');
    const sm = new StateMachine('a');
    sm.add('a', 'b');
    sm.onEnter('b', () => {
      throw keyError;
    });
    expect(await rejection(sm.transition('b'))).toBe(keyError);
  });

  it('regression: guards are tried in insertion order (upstream used set order) and the state is readable', async () => {
    const sm = new StateMachine<'x' | 'y'>('x');
    const order: number[] = [];
    for (let i = 0; i < 20; i++) sm.add('x', 'y', () => void order.push(i));
    expect(await sm.transition('y')).toBe(false);
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(sm.state).toBe('x');
  });

  it('guards added while a transition evaluates them do not join that evaluation', async () => {
    const sm = new StateMachine('a');
    const late = vi.fn(() => true);
    sm.add('a', 'b', () => {
      sm.add('a', 'b', late);
      return false;
    });
    expect(await sm.transition('b')).toBe(false);
    expect(late).not.toHaveBeenCalled();
    expect(await sm.transition('b')).toBe(true);
  });
});
