// `Context`: accessors over the default layers, mapping-style methods, validation, immutability of stored
// arrays, equality, text forms, and the final class.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BENCHMARK_DEFAULT_TIMES, CIRCUIT_BREAKER_DEFAULT_RESET, TIMER_DEFAULT_PRECISION } from '../src/index.js';
import { Context } from '../src/Context.js';
import { getcontext } from '../src/getcontext.js';
import { NonReusableLocalContext } from '../src/LocalContext.js';
import { setDefaultOverrides } from '../src/setDefaultOverrides.js';
import { thrown } from './support/harness.js';
import { resetContextState } from './support/reset.js';
import { expectedConstants } from './support/table.js';

afterEach(resetContextState);

describe('Context', () => {
  it('check 1: a new context reads every factory default, and asdict() lists the 89 names in table order', () => {
    const dict = new Context().asdict() as unknown as Record<string, unknown>;
    expect(Object.keys(dict)).toEqual(expectedConstants.map((row) => row.name));
    for (const row of expectedConstants) expect(dict[row.name], row.name).toEqual(row.default);
  });

  it('check 3: accessors and get() read the defaults, and get() upper-cases the name', () => {
    const ctx = new Context();
    expect(ctx.LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR).toBe(true);
    expect(ctx.get('RWLOCK_DEFAULT_PREFER_WRITERS')).toBe(true);
    expect(ctx.get('SOCKET_TRANSPORT_limits')).toEqual([2048, 8192]);
    expect(ctx.get('rwlock_default_prefer_writers')).toBe(true);
  });

  it('check 4: writes through accessors and update() reach handles reading the current context', () => {
    getcontext().TIMER_DEFAULT_PRECISION = 5;
    expect(TIMER_DEFAULT_PRECISION.get()).toBe(5);
    getcontext().update({ timer_default_precision: 6 });
    expect(TIMER_DEFAULT_PRECISION.get()).toBe(6);
    getcontext().set('Timer_Default_Precision', 7);
    expect(getcontext().TIMER_DEFAULT_PRECISION).toBe(7);
  });

  it('check 5: asdict() returns a copy: changing it leaves the context unchanged', () => {
    const ctx = getcontext();
    const dict = ctx.asdict();
    expect(dict).toHaveProperty('EVENT_LOOP_BASE_FLAGS');
    dict.TIMER_DEFAULT_PRECISION = 4;
    expect(ctx.TIMER_DEFAULT_PRECISION).toBe(7);
    expect(ctx.asdict()).not.toBe(dict);
  });

  it('check 6: an unknown property cannot be added (TypeError: instances are non-extensible)', () => {
    const ctx = new Context();
    expect(Object.isExtensible(ctx)).toBe(false);
    expect(thrown(() => ((ctx as unknown as Record<string, unknown>).foo = 1))).toBeInstanceOf(TypeError);
    expect(ctx).not.toHaveProperty('foo');
  });

  it('check 6: unknown names throw RangeError naming the name, in set, the constructor and update', () => {
    const ctx = new Context();
    const errors = [
      thrown(() => ctx.set('foo', 1)),
      thrown(() => new Context({ FOO: 1 } as never)),
      thrown(() => ctx.update({ foo: 1 })),
      thrown(() => ctx.get('foo')),
      thrown(() => ctx.replace({ foo: 1 } as never)),
      thrown(() => Context.fromDct({ foo: 1 })),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(RangeError);
      expect((error as Error).message).toMatch(/^asyncutils\.context\.Context[.\w]*: unknown contextual constant '(foo|FOO)'$/);
    }
  });

  it('check 6: values are validated by kind: RangeError out of range, TypeError for a wrong type, null where allowed', () => {
    const reset = thrown(() => new Context({ CIRCUIT_BREAKER_DEFAULT_RESET: -1 }));
    expect(reset).toBeInstanceOf(RangeError);
    expect((reset as Error).message).toBe(
      'asyncutils.context.Context: CIRCUIT_BREAKER_DEFAULT_RESET expects duration (a number of ms >= 0, or Infinity), got number -1',
    );
    const text = thrown(() => new Context({ CIRCUIT_BREAKER_DEFAULT_RESET: '1' } as never));
    expect(text).toBeInstanceOf(TypeError);
    expect((text as Error).message).toMatch(/CIRCUIT_BREAKER_DEFAULT_RESET expects duration .*, got string '1'$/);
    expect(thrown(() => new Context({ LOCKSMITH_BASE_DEFAULT_TIMEOUTS: [1, 2] } as never))).toBeInstanceOf(TypeError);
    expect(new Context({ EVENT_BUS_STREAM_DEFAULT_TIMEOUT: null }).EVENT_BUS_STREAM_DEFAULT_TIMEOUT).toBeNull();
  });

  it('check 6: update() validates every change before applying any', () => {
    const ctx = new Context();
    const error = thrown(() => ctx.update({ RETRY_DEFAULT_TRIES: 5, RETRY_DEFAULT_DELAY: -1 }));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(/^asyncutils\.context\.Context\.update: RETRY_DEFAULT_DELAY expects duration/);
    expect(ctx.RETRY_DEFAULT_TRIES).toBe(3);
  });

  it('accessor and set() writes are validated, and a failed write keeps the old value', () => {
    const ctx = new Context({ RETRY_DEFAULT_TRIES: 4 });
    expect(thrown(() => (ctx.RETRY_DEFAULT_TRIES = 1.5))).toBeInstanceOf(RangeError);
    expect(thrown(() => ctx.set('RETRY_DEFAULT_TRIES', '2'))).toBeInstanceOf(TypeError);
    expect(thrown(() => (ctx.RWLOCK_DEFAULT_PREFER_WRITERS = 1 as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => ctx.set(1 as never, 1))).toBeInstanceOf(TypeError);
    expect(ctx.RETRY_DEFAULT_TRIES).toBe(4);
  });

  it('check 7: stored arrays are copies, deep-frozen, independent of the caller’s array', () => {
    const ctx = new Context();
    const a = [[0, [1, 1, 1, 1]]] as [[number, [number, number, number, number]]];
    ctx.LEAKY_BUCKET_ADJMAP = a;
    a[0][0] = 9;
    a[0][1][0] = 9;
    expect(ctx.LEAKY_BUCKET_ADJMAP[0]?.[0]).toBe(0);
    expect(ctx.LEAKY_BUCKET_ADJMAP).toEqual([[0, [1, 1, 1, 1]]]);
    expect(Object.isFrozen(ctx.LEAKY_BUCKET_ADJMAP)).toBe(true);
    expect(Object.isFrozen(ctx.LEAKY_BUCKET_ADJMAP[0])).toBe(true);
    expect(Object.isFrozen(ctx.LEAKY_BUCKET_ADJMAP[0]?.[1])).toBe(true);
  });

  it('check 8: Context cannot be subclassed', () => {
    class X extends (Context as unknown as new () => object) {}
    const error = thrown(() => new X());
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('cannot subclass asyncutils.context.Context');
    expect(thrown(() => Reflect.construct(Context, [], Object))).toBeInstanceOf(TypeError);
  });

  it('check 9: toString() round-trips through Context.fromDct(JSON.parse(...)) and equals()', () => {
    const ctx = new Context({ RETRY_DEFAULT_TRIES: 9, LOCKSMITH_BASE_DEFAULT_TIMEOUTS: [5, null, 7], WAIT_FOR_SIGNAL_DEFAULT_SIGNALS: ['SIGHUP'] });
    const s = ctx.toString();
    expect(s.startsWith('Context.fromDct(')).toBe(true);
    expect(s.endsWith(')')).toBe(true);
    const back = Context.fromDct(JSON.parse(s.slice('Context.fromDct('.length, -1)) as Record<string, unknown>);
    expect(back.equals(ctx)).toBe(true);
    expect(ctx.equals(back)).toBe(true);
    expect(String(ctx)).toBe(s);
    expect(JSON.stringify(ctx)).toBe(JSON.stringify(ctx.asdict()));
    expect(ctx.toJSON()).toEqual(ctx.asdict());
  });

  it('check 9: equals() is false after one field differs and for non-contexts', () => {
    const a = new Context();
    const b = new Context();
    expect(a.equals(b)).toBe(true);
    b.LEAKY_BUCKET_ADJMAP = [[0, [1, 2, 3, 4]]];
    expect(a.equals(b)).toBe(false);
    a.LEAKY_BUCKET_ADJMAP = [[0, [1, 2, 3, 4]]];
    expect(a.equals(b)).toBe(true);
    a.RETRY_DEFAULT_TRIES = 4;
    expect(a.equals(b)).toBe(false);
    for (const other of [null, undefined, {}, a.asdict(), 'Context']) expect(a.equals(other)).toBe(false);
  });

  it('check 9: pprint({ write }) writes toString() once, with a newline unless includeNewline is false', () => {
    const ctx = new Context({ BENCHMARK_DEFAULT_TIMES: 2 });
    const write = vi.fn();
    ctx.pprint({ write });
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith(`${ctx.toString()}\n`);
    write.mockClear();
    ctx.pprint({ write, includeNewline: false });
    expect(write).toHaveBeenCalledExactlyOnceWith(ctx.toString());
  });

  it('pprint() without write logs toString() with console.log; bad options throw TypeError', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const ctx = new Context();
    ctx.pprint();
    expect(log).toHaveBeenCalledExactlyOnceWith(ctx.toString());
    expect(thrown(() => ctx.pprint({ write: 'stdout' } as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => ctx.pprint({ write: () => {}, includeNewline: 1 } as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => ctx.pprint(null as never))).toBeInstanceOf(TypeError);
  });

  it('toString(): Infinity durations render as null (documented: such contexts do not round-trip)', () => {
    const ctx = new Context({ CIRCUIT_BREAKER_DEFAULT_RESET: Infinity });
    expect(ctx.CIRCUIT_BREAKER_DEFAULT_RESET).toBe(Infinity);
    expect(ctx.toString()).toContain('"CIRCUIT_BREAKER_DEFAULT_RESET": null');
  });

  it('check 10: copy() and replace() return new contexts and leave the original unchanged', () => {
    const ctx = new Context({ RETRY_DEFAULT_TRIES: 5 });
    const copy = ctx.copy();
    const replaced = ctx.replace({ BENCHMARK_DEFAULT_TIMES: 9 });
    expect(copy).not.toBe(ctx);
    expect(copy.equals(ctx)).toBe(true);
    expect(replaced.BENCHMARK_DEFAULT_TIMES).toBe(9);
    expect(replaced.RETRY_DEFAULT_TRIES).toBe(5);
    expect(ctx.BENCHMARK_DEFAULT_TIMES).toBe(3);
    copy.RETRY_DEFAULT_TRIES = 6;
    expect(ctx.RETRY_DEFAULT_TRIES).toBe(5);
    expect(ctx.replaceFromDct({ benchmark_default_times: 8 }).BENCHMARK_DEFAULT_TIMES).toBe(8);
    expect(ctx.replace().equals(ctx)).toBe(true);
  });

  it('check 10: unset fields of copies follow setDefaultOverrides installed later; explicit ones do not', () => {
    const ctx = new Context({ RETRY_DEFAULT_TRIES: 5 });
    const copy = ctx.copy();
    const replaced = ctx.replace({ BENCHMARK_DEFAULT_TIMES: 9 });
    setDefaultOverrides({ BENCHMARK_DEFAULT_TIMES: 4, RETRY_DEFAULT_TRIES: 1, CIRCUIT_BREAKER_DEFAULT_RESET: 1000 });
    expect(copy.BENCHMARK_DEFAULT_TIMES).toBe(4);
    expect(copy.RETRY_DEFAULT_TRIES).toBe(5);
    expect(replaced.BENCHMARK_DEFAULT_TIMES).toBe(9);
    expect(copy.CIRCUIT_BREAKER_DEFAULT_RESET).toBe(1000);
    expect(copy.asdict().CIRCUIT_BREAKER_DEFAULT_RESET).toBe(1000);
  });

  it('fromDct() upper-cases names, validates, and rejects a non-object', () => {
    expect(Context.fromDct({ retry_default_tries: 2 }).RETRY_DEFAULT_TRIES).toBe(2);
    expect(thrown(() => Context.fromDct(null as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => Context.fromDct({ RETRY_DEFAULT_TRIES: 2.5 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => Context.fromDct([] as never))).toBeInstanceOf(TypeError);
  });

  it('the constructor rejects non-object values and a Context (use copy())', () => {
    for (const bad of [1, 'x', [], new Map()]) expect(thrown(() => new Context(bad as never)), String(bad)).toBeInstanceOf(TypeError);
    expect((thrown(() => new Context(new Context() as never)) as Error).message).toMatch(/changes must be a plain object/);
    expect(new Context(undefined).equals(new Context())).toBe(true);
  });

  it('instanceof is a brand check', () => {
    expect(new Context()).toBeInstanceOf(Context);
    expect(getcontext() instanceof Context).toBe(true);
    expect({} instanceof Context).toBe(false);
    expect(Object.create(Context.prototype) instanceof Context).toBe(false);
    expect((null as unknown as object) instanceof Context).toBe(false);
  });

  it('accessors used on a non-context throw a clear TypeError', () => {
    const fake = Object.create(Context.prototype) as Context;
    expect((thrown(() => fake.RETRY_DEFAULT_TRIES) as Error).message).toBe(
      'asyncutils.context.Context: RETRY_DEFAULT_TRIES called on something that is not a Context (Context)',
    );
    expect(thrown(() => Context.prototype.asdict.call({}))).toBeInstanceOf(TypeError);
  });

  it('ascurctx() returns a NonReusableLocalContext whose newCtx is a copy plus the changes', () => {
    const ctx = new Context({ RETRY_DEFAULT_TRIES: 5 });
    const lc = ctx.ascurctx({ BENCHMARK_DEFAULT_TIMES: 9 });
    expect(lc).toBeInstanceOf(NonReusableLocalContext);
    expect(lc.newCtx).not.toBe(ctx);
    expect(lc.newCtx.RETRY_DEFAULT_TRIES).toBe(5);
    expect(lc.newCtx.BENCHMARK_DEFAULT_TIMES).toBe(9);
  });

  it('handles read the assigned values of the current context, and the overrides below them', () => {
    setDefaultOverrides({ CIRCUIT_BREAKER_DEFAULT_RESET: 2500 });
    expect(CIRCUIT_BREAKER_DEFAULT_RESET.get()).toBe(2500);
    getcontext().set('CIRCUIT_BREAKER_DEFAULT_RESET', 1);
    expect(CIRCUIT_BREAKER_DEFAULT_RESET.get()).toBe(1);
    expect(BENCHMARK_DEFAULT_TIMES.get()).toBe(3);
  });

  it('regression: update(), replace(), replaceFromDct(), fromDct() and setters reject unknown names with RangeError (upstream ignored them or raised TypeError/AttributeError)', () => {
    const ctx = new Context();
    for (const write of [
      () => ctx.update({ RETRY_DEFAULT_TIRES: 5 }),
      () => ctx.replace({ RETRY_DEFAULT_TIRES: 5 } as never),
      () => ctx.replaceFromDct({ retry_default_tires: 5 }),
      () => Context.fromDct({ RETRY_DEFAULT_TIRES: 5 }),
      () => ctx.set('RETRY_DEFAULT_TIRES', 5),
    ]) {
      const error = thrown(write);
      expect(error).toBeInstanceOf(RangeError);
      expect((error as Error).message).toMatch(/unknown contextual constant '(RETRY_DEFAULT_TIRES|retry_default_tires)'$/);
    }
    expect(ctx.equals(new Context())).toBe(true);
  });

  it('regression: values are validated by kind and arrays are deep-frozen copies (upstream stored anything, lists as tuples)', () => {
    const ctx = new Context();
    expect(thrown(() => (ctx.RETRY_DEFAULT_TRIES = '3' as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => (ctx.SOCKET_TRANSPORT_LIMITS = [1, -2]))).toBeInstanceOf(RangeError);
    const signals = ['SIGINT'];
    ctx.WAIT_FOR_SIGNAL_DEFAULT_SIGNALS = signals;
    signals.push('SIGTERM');
    expect(ctx.WAIT_FOR_SIGNAL_DEFAULT_SIGNALS).toEqual(['SIGINT']);
    expect(Object.isFrozen(ctx.WAIT_FOR_SIGNAL_DEFAULT_SIGNALS)).toBe(true);
  });

  it('regression: a new Context does not snapshot the defaults: its unset fields follow overrides installed later', () => {
    const ctx = new Context();
    setDefaultOverrides({ EVENT_WITH_VALUE_DEFAULT_MAX_HIST: 16 });
    expect(ctx.EVENT_WITH_VALUE_DEFAULT_MAX_HIST).toBe(16);
  });
});
