// Type-level behaviour of the public API.
import { describe, expectTypeOf, it } from 'vitest';
import {
  AnyError,
  type ErrorClass,
  type ErrorMatcher,
  type ErrorType,
  type ExceptionWrapper,
  exceptionOccurred,
  IgnoreErrors,
  ignoreValerrs,
  PasswordMissing,
  QueueEmpty,
  raiseExc,
  raiseFor,
  type RateLimitInfo,
  RateLimitExceeded,
  ref,
  type Ref,
  TypicalError,
  unnest,
  unwrapExc,
  WrongPassword,
  wrapExc,
} from '../src/index.js';

describe('types', () => {
  it('error classes and matchers are error types, usable with instanceof', () => {
    expectTypeOf(QueueEmpty).toExtend<ErrorClass>();
    expectTypeOf(PasswordMissing).toExtend<ErrorClass>();
    expectTypeOf(TypicalError).toExtend<ErrorMatcher>();
    expectTypeOf<ErrorClass | ErrorMatcher>().toEqualTypeOf<ErrorType>();
    const value: unknown = new QueueEmpty();
    if (value instanceof QueueEmpty) expectTypeOf(value).toEqualTypeOf<QueueEmpty>();
    class Mine extends QueueEmpty {
      mine = 1;
    }
    if (value instanceof Mine) expectTypeOf(value.mine).toEqualTypeOf<number>();
    // @ts-expect-error PasswordMissing is abstract
    new PasswordMissing();
    new IgnoreErrors([QueueEmpty, AnyError, RangeError], { exclude: [TypicalError] });
    // @ts-expect-error not an error type
    new IgnoreErrors([42]);
  });

  it('constructors keep their documented signatures', () => {
    expectTypeOf(new WrongPassword({}, 'pw').wrongPwd).toEqualTypeOf<string>();
    expectTypeOf(new WrongPassword({}, 'pw').qid).toEqualTypeOf<number | null>();
    const err = new RateLimitExceeded((a: number, b: string) => `${a}${b}`, [1, 'x'], { calls: 1, period: 1, excess: 1 });
    expectTypeOf(err.repeatCall()).toEqualTypeOf<Promise<string>>();
    expectTypeOf<RateLimitInfo>().toEqualTypeOf<{ readonly calls: number; readonly period: number; readonly excess: number }>();
    // @ts-expect-error the arguments must match the function
    new RateLimitExceeded((a: number) => a, ['x'], { calls: 1, period: 1, excess: 1 });
  });

  it('run and wrap keep the result type, plus undefined', () => {
    expectTypeOf(ignoreValerrs.run(() => 5)).toEqualTypeOf<number | undefined>();
    expectTypeOf(ignoreValerrs.run(async () => 5)).toEqualTypeOf<Promise<number | undefined>>();
    const g = ignoreValerrs.wrap(function f(this: { k: number }, x: number): number {
      return this.k + x;
    });
    expectTypeOf(g).parameters.toEqualTypeOf<[x: number]>();
    expectTypeOf(g).returns.toEqualTypeOf<number | undefined>();
    expectTypeOf(ignoreValerrs.wrap(async (s: string) => s.length)).returns.toEqualTypeOf<Promise<number | undefined>>();
    expectTypeOf(ignoreValerrs.handle).toEqualTypeOf<(err: unknown) => undefined>();
  });

  it('wrappers are opaque, readonly views of the error', () => {
    const w = wrapExc(new RangeError('a'));
    expectTypeOf(w).toEqualTypeOf<ExceptionWrapper<RangeError>>();
    expectTypeOf(w.message).toEqualTypeOf<string>();
    // @ts-expect-error read-only
    w.message = 'b';
    expectTypeOf(unwrapExc(w)).toEqualTypeOf<RangeError>();
    const v = 5 as number | ExceptionWrapper<RangeError>;
    expectTypeOf(raiseFor(v)).toEqualTypeOf<number>();
    if (exceptionOccurred(v)) expectTypeOf(v).toExtend<ExceptionWrapper>();
    // @ts-expect-error a plain error is not a wrapper
    unwrapExc(new RangeError());
  });

  it('ref, unnest and raiseExc', () => {
    expectTypeOf(ref({ a: 1 })).toEqualTypeOf<Ref<{ a: number }>>();
    expectTypeOf(ref({ a: 1 })()).toEqualTypeOf<{ a: number } | undefined>();
    expectTypeOf(ref(ref(5))).toEqualTypeOf<Ref<number>>();
    expectTypeOf(ref(new WeakRef({ a: 1 }))).toEqualTypeOf<Ref<{ a: number }>>();
    expectTypeOf(unnest([])).toEqualTypeOf<Generator<unknown, void, unknown>>();
    expectTypeOf(raiseExc).returns.toBeNever();
    // @ts-expect-error the constructor arguments must match
    raiseExc(RangeError, [1]);
  });
});
