import { describe, expect, it } from 'vitest';
import { createInternalSentinel, InternalSentinel } from '../src/InternalSentinel.js';
import { NO_COALESCE } from '../src/NO_COALESCE.js';
import { RAISE } from '../src/RAISE.js';
import { SentinelBase } from '../src/SentinelBase.js';
import { thrown } from './support/harness.js';

/** `RAISE.constructor`, as untyped user code reaches it. */
const Internal = RAISE.constructor as new (...args: unknown[]) => unknown;

describe('the internal sentinel class', () => {
  it('check 5: RAISE and NO_COALESCE are distinct, frozen sentinels of the same internal class', () => {
    expect(RAISE).not.toBe(NO_COALESCE);
    expect(Object.isFrozen(RAISE)).toBe(true);
    expect(Object.isFrozen(NO_COALESCE)).toBe(true);
    expect(RAISE).toBeInstanceOf(SentinelBase);
    expect(NO_COALESCE).toBeInstanceOf(SentinelBase);
    expect(RAISE.constructor).toBe(NO_COALESCE.constructor);
    expect(RAISE.constructor).toBe(InternalSentinel);
    expect(InternalSentinel.name).toBe('InternalSentinel');
  });

  it('check 6: users cannot instantiate it, with or without a name', () => {
    for (const args of [[], ['foo'], ['RAISE'], ['spam.bar']]) {
      const error = thrown(() => new Internal(...args));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe("cannot instantiate 'asyncutils.constants.InternalSentinel'");
    }
    expect(thrown(() => (Internal as unknown as () => unknown)())).toBeInstanceOf(TypeError);
  });

  it('check 6: constructing a subclass of it throws, even while the library creates its sentinels', () => {
    const Sub = class extends (Internal as new () => object) {};
    const error = thrown(() => new Sub());
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/cannot subclass the type of asyncutils-internal sentinels/);
    expect(thrown(() => Reflect.construct(Internal, ['X'], class Other {}))).toBeInstanceOf(TypeError);
  });

  it('the internal factory returns the cached sentinel and leaves the class locked afterwards', () => {
    expect(createInternalSentinel('RAISE')).toBe(RAISE);
    expect(createInternalSentinel('NO_COALESCE')).toBe(NO_COALESCE);
    const error = thrown(() => createInternalSentinel('a.b.c'));
    expect(error).toBeInstanceOf(RangeError);
    expect(thrown(() => new Internal('X'))).toBeInstanceOf(TypeError); // the flag was reset by `finally`
  });

  it('RAISE cannot be re-bound elsewhere, and binding to its own name is a no-op', () => {
    expect(RAISE.bindTo('asyncutils.constants', 'RAISE')).toBe(RAISE);
    expect(thrown(() => RAISE.bindTo('Other', 'RAISE'))).toBeInstanceOf(ReferenceError);
    expect((thrown(() => NO_COALESCE.bindTo('asyncutils.constants', 'RAISE')) as Error).message).toBe(
      "asyncutils.constants.SentinelBase.bindTo: cannot bind named InternalSentinel to 'asyncutils.constants' (it is 'asyncutils.constants.NO_COALESCE', not 'asyncutils.constants.RAISE')",
    );
  });
});
