import { describe, expect, it } from 'vitest';
import { AnyError, TypicalError } from '../src/categories.js';
import { CRITICAL } from '../src/CRITICAL.js';
import { Deadlock, StateCorrupted } from '../src/errors/critical.js';
import { ignoreAll, ignoreNoncritical, ignoreTypeerrs, ignoreTypical, ignoreValerrs } from '../src/ignorePresets.js';
import { thrown } from './support/harness.js';

describe('ready-made IgnoreErrors', () => {
  it('are built as documented', () => {
    expect(ignoreAll.exc).toEqual([AnyError]);
    expect(ignoreNoncritical.exc).toEqual([AnyError]);
    expect(ignoreNoncritical.but).toEqual([...CRITICAL]);
    expect(ignoreTypical.exc).toEqual([TypicalError]);
    expect(ignoreValerrs.exc).toEqual([RangeError]);
    expect(ignoreTypeerrs.exc).toEqual([TypeError]);
  });

  it('check 10: upstream test port', async () => {
    expect(
      ignoreValerrs.run(() => {
        throw new RangeError('foo');
      }),
    ).toBeUndefined();
    expect(
      await ignoreTypeerrs.run(async () => {
        throw new (class extends TypeError {})('bar');
      }),
    ).toBeUndefined();
    expect(
      ignoreAll.run(() => {
        throw new StateCorrupted('a', 'b');
      }),
    ).toBeUndefined();
    expect(
      ignoreTypical.run(() => {
        throw new Error();
      }),
    ).toBeUndefined();
    const deadlock = new Deadlock('qux');
    expect(
      thrown(() =>
        ignoreNoncritical.run(() => {
          throw deadlock;
        }),
      ),
    ).toBe(deadlock);
    expect(
      ignoreAll.run(() => {
        throw 'x';
      }),
    ).toBeUndefined();
    expect(
      thrown(() =>
        ignoreTypical.run(() => {
          throw 'x';
        }),
      ),
    ).toBe('x');
    const abort = new DOMException('stop', 'AbortError');
    expect(
      thrown(() =>
        ignoreTypical.run(() => {
          throw abort;
        }),
      ),
    ).toBe(abort);
    expect(
      ignoreNoncritical.run(() => {
        throw abort;
      }),
    ).toBeUndefined();
  });

  it('check 16: toString of ignoreNoncritical', () => {
    expect(ignoreNoncritical.toString()).toBe('IgnoreErrors(AnyError).excluding(Critical, StateCorrupted, Deadlock)');
    expect(String(ignoreTypical)).toBe('IgnoreErrors(TypicalError).excluding()');
  });
});
