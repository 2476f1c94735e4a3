import { ExecutorRequiredAsyncContextMixin, type ContextExitArgs } from '@asyncutils/mixins';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallbackAccumulator } from '../src/CallbackAccumulator.js';
import { flush } from './support/harness.js';

afterEach(() => {
  vi.useRealTimers();
});

/** An object with a `close` method recording `this` and its arguments. */
function closable(name: string, log: unknown[]): { name: string; close(...args: unknown[]): void } {
  return {
    name,
    close(...args: unknown[]) {
      log.push([this.name, ...args]);
    },
  };
}

describe('CallbackAccumulator', () => {
  it('check 19: call() calls the stored methods in order, bound to their objects; callOnce empties it', () => {
    const log: unknown[] = [];
    const acc = new CallbackAccumulator('close');
    acc.add(closable('A', log));
    acc.add(closable('B', log));
    expect(acc.length).toBe(2);
    acc.call();
    expect(log).toEqual([['A'], ['B']]);
    expect(acc.length).toBe(0);

    const keep = new CallbackAccumulator('close', [], { callOnce: false });
    keep.add(closable('A', log));
    keep.add(closable('B', log));
    keep.call();
    keep.call();
    expect(log.slice(2)).toEqual([['A'], ['B'], ['A'], ['B']]);
    expect(keep.length).toBe(2);
  });

  it('check 20: add({}) throws TypeError without a default; with a default it stores the default', () => {
    const acc = new CallbackAccumulator('close');
    expect(() => acc.add({})).toThrow(TypeError);
    expect(() => acc.add({})).toThrow(/has no callable member close/);
    expect(() => acc.add({ close: 5 })).toThrow('asyncutils.misc.CallbackAccumulator.add: Object has no callable member close');
    expect(() => acc.add(new Map())).toThrow('asyncutils.misc.CallbackAccumulator.add: Map has no callable member close');
    expect(() => acc.add(null as never)).toThrow('asyncutils.misc.CallbackAccumulator.add: null has no callable member close');
    const d = vi.fn();
    const withDefault = new CallbackAccumulator('close', [], { default: d });
    withDefault.add({});
    expect(withDefault.callbacks).toEqual([d]);
    withDefault.call();
    expect(d).toHaveBeenCalledOnce();
  });

  it('check 21: maxlen keeps the newest; offerLast refuses when full; maxlen 0 stores nothing', () => {
    const log: unknown[] = [];
    const acc = new CallbackAccumulator('close', [], { maxlen: 2 });
    expect(acc.maxlen).toBe(2);
    acc.add(closable('A', log));
    acc.add(closable('B', log));
    acc.add(closable('C', log));
    expect(acc.length).toBe(2);
    expect(acc.offerLast(closable('D', log))).toBe(false);
    acc.call();
    expect(log).toEqual([['B'], ['C']]);
    expect(acc.offerLast(closable('E', log))).toBe(true);
    expect(acc.length).toBe(1);

    const none = new CallbackAccumulator('close', [() => {}], { maxlen: 0 });
    none.add(closable('A', log));
    expect(none.length).toBe(0);
    expect(none.offerLast(closable('A', log))).toBe(false);
    expect(new CallbackAccumulator('close').maxlen).toBeNull();
    expect(new CallbackAccumulator('close').offerLast(closable('A', log))).toBe(true);
  });

  it('check 22: call passes its arguments; callbacks is a copy; spreading consumes with callOnce; items are stored', () => {
    const seen: unknown[] = [];
    const f = (a: number, b: number): void => void seen.push(a + b);
    const g = (a: number, b: number): void => void seen.push(a * b);
    const acc = new CallbackAccumulator<[number, number]>('run', [f, g]);
    expect(acc.length).toBe(2);
    const copy = acc.callbacks;
    expect(copy).toEqual([f, g]);
    copy.pop();
    expect(acc.length).toBe(2);
    acc.call(1, 2);
    expect(seen).toEqual([3, 2]);

    const it2 = new CallbackAccumulator('run', [f, g]);
    expect([...it2]).toEqual([f, g]);
    expect(it2.length).toBe(0);
    const snap = new CallbackAccumulator('run', [f, g], { callOnce: false });
    expect([...snap]).toEqual([f, g]);
    expect(snap.length).toBe(2);
  });

  it('check 23: using calls the callbacks with no argument; run passes the error to exit methods and rethrows', () => {
    const log: unknown[] = [];
    {
      using acc = new CallbackAccumulator('close');
      acc.add(closable('A', log));
      acc.add(closable('B', log));
    }
    expect(log).toEqual([['A'], ['B']]);

    const exits: unknown[] = [];
    const manager = (name: string): { exit(...args: ContextExitArgs): void } => ({
      exit: (...args) => void exits.push([name, ...args]),
    });
    const acc = new CallbackAccumulator<ContextExitArgs>('exit');
    acc.add(manager('m1'));
    acc.add(manager('m2'));
    const e = new Error('block failed');
    expect(() =>
      acc.run(() => {
        throw e;
      }),
    ).toThrow(e);
    expect(exits).toEqual([
      ['m1', e],
      ['m2', e],
    ]);
    expect(acc).toBeInstanceOf(ExecutorRequiredAsyncContextMixin);
  });

  it('check 23: exitAsync runs the callbacks on a later macrotask; enterAsync resolves the accumulator', async () => {
    vi.useFakeTimers();
    const cb = vi.fn();
    const acc = new CallbackAccumulator('close', [cb]);
    expect(await acc.enterAsync()).toBe(acc);
    const done = acc.exitAsync();
    await flush();
    expect(cb).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    await done;
    expect(cb).toHaveBeenCalledExactlyOnceWith();
    acc.add({ close: cb });
    const block = (async () => {
      await using _ = acc;
    })();
    await vi.advanceTimersByTimeAsync(0);
    await block;
    expect(cb).toHaveBeenCalledTimes(2);
  });

  it('check 24: an error of the second callback propagates; with callOnce the third stays', () => {
    const e = new Error('second');
    const first = vi.fn();
    const third = vi.fn();
    const acc = new CallbackAccumulator('x', [
      first,
      () => {
        throw e;
      },
      third,
    ]);
    expect(() => acc.call()).toThrow(e);
    expect(first).toHaveBeenCalledOnce();
    expect(third).not.toHaveBeenCalled();
    expect(acc.callbacks).toEqual([third]);
    acc.call();
    expect(third).toHaveBeenCalledOnce();
  });

  it('callOnce: callbacks added while calling are called too', () => {
    const order: string[] = [];
    const acc = new CallbackAccumulator('x');
    acc.add({
      x: () => {
        order.push('a');
        acc.add({ x: () => order.push('b') });
      },
    });
    acc.call();
    expect(order).toEqual(['a', 'b']);
    expect(acc.length).toBe(0);
  });

  it('a custom defaultGetter supplies the arguments of exit', () => {
    const seen: unknown[] = [];
    const getter = vi.fn((...args: ContextExitArgs): [string] => [args.length ? 'failed' : 'ok']);
    const acc = new CallbackAccumulator<[string]>('done', [(s) => void seen.push(s)], { defaultGetter: getter, callOnce: false });
    acc.exit();
    acc.exit(new Error('x'));
    expect(seen).toEqual(['ok', 'failed']);
    // names other than 'exit' get no arguments by default
    const plain = vi.fn();
    new CallbackAccumulator('close', [plain]).exit(new Error('ignored'));
    expect(plain).toHaveBeenCalledWith();
  });

  it('clear removes everything; symbol and number names work; a long deque stays consistent', () => {
    const sym = Symbol('cleanup');
    const hits: number[] = [];
    const acc = new CallbackAccumulator(sym);
    for (let i = 0; i < 300; i++) acc.add({ [sym]: () => hits.push(i) });
    acc.clear();
    expect(acc.length).toBe(0);
    for (let i = 0; i < 300; i++) acc.add({ [sym]: () => hits.push(i) });
    const it = acc[Symbol.iterator]();
    for (let i = 0; i < 200; i++) it.next().value?.();
    expect(acc.length).toBe(100);
    acc.add({ [sym]: () => hits.push(999) });
    acc.call();
    expect(hits).toEqual([...Array.from({ length: 300 }, (_, i) => i), 999]);
    const numbered = new CallbackAccumulator(0, [], { maxlen: 100 });
    numbered.add([() => hits.push(-1)]);
    numbered.call();
    expect(hits.at(-1)).toBe(-1);
  });

  it('a bounded deque drops the oldest many times over', () => {
    const acc = new CallbackAccumulator('f', [], { maxlen: 3 });
    const out: number[] = [];
    for (let i = 0; i < 1000; i++) acc.add({ f: () => out.push(i) });
    acc.call();
    expect(out).toEqual([997, 998, 999]);
  });

  it('rejects bad arguments with TypeError / RangeError naming the option and value', () => {
    expect(() => new CallbackAccumulator({} as never)).toThrow('asyncutils.misc.CallbackAccumulator: name must be a property key, got object');
    expect(() => new CallbackAccumulator('x', 5 as never)).toThrow('asyncutils.misc.CallbackAccumulator: items must be an iterable, got 5');
    expect(() => new CallbackAccumulator('x', [1 as never])).toThrow('asyncutils.misc.CallbackAccumulator: each item must be a function, got 1');
    expect(() => new CallbackAccumulator('x', [], 'o' as never)).toThrow(/options must be an object/);
    expect(() => new CallbackAccumulator('x', [], { maxlen: -1 })).toThrow(RangeError);
    expect(() => new CallbackAccumulator('x', [], { maxlen: 1.5 })).toThrow('asyncutils.misc.CallbackAccumulator: maxlen must be an integer >= 0 or null, got 1.5');
    expect(() => new CallbackAccumulator('x', [], { maxlen: '1' as never })).toThrow(TypeError);
    expect(() => new CallbackAccumulator('x', [], { default: 1 as never })).toThrow(/default must be a function/);
    expect(() => new CallbackAccumulator('x', [], { callOnce: 1 as never })).toThrow(/callOnce must be a boolean, got 1/);
    expect(() => new CallbackAccumulator('x', [], { defaultGetter: {} as never })).toThrow(/defaultGetter must be a function/);
  });

  it('regression: an own class, not a deque subclass, with exactly the documented members', () => {
    const acc = new CallbackAccumulator('close');
    expect(Array.isArray(acc)).toBe(false);
    expect('push' in acc).toBe(false);
    for (const m of ['add', 'offerLast', 'call', 'clear', 'exit', 'enter', 'enterAsync', 'exitAsync', 'run', 'runAsync']) {
      expect(typeof (acc as unknown as Record<string, unknown>)[m]).toBe('function');
    }
  });

  it('regression: exit arguments reach exit methods through run/runAsync; a using block passes none', async () => {
    vi.useFakeTimers();
    const seen: unknown[][] = [];
    const acc = new CallbackAccumulator<ContextExitArgs>('exit', [], { callOnce: false });
    acc.add({ exit: (...args: unknown[]) => void seen.push(args) });
    {
      using _ = acc;
    }
    const e = new Error('async block');
    const p = acc.runAsync(async () => {
      throw e;
    });
    const caught = p.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    expect(await caught).toBe(e);
    expect(seen).toEqual([[], [e]]);
  });

  it('regression: only sync iterables are accepted as items (no blocking conversion of async ones)', () => {
    async function* gen(): AsyncGenerator<() => void> {
      yield () => {};
    }
    expect(() => new CallbackAccumulator('x', gen() as never)).toThrow(TypeError);
  });
});
