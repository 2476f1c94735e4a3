import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Critical, Deadlock, StateCorrupted } from '../src/errors/critical.js';
import { exceptionOccurred } from '../src/exceptionOccurred.js';
import { raiseFor } from '../src/raiseFor.js';
import { unwrapExc } from '../src/unwrapExc.js';
import { WRAPPED, wrapExc, wrappedBox } from '../src/wrapExc.js';
import { bundleSource, type ExceptionsModule, loadCopy, newRealm, thrown } from './support/harness.js';

describe('wrapExc', () => {
  it('check 25: upstream test port', () => {
    const e = new RangeError('a');
    const w = wrapExc(e);
    expect(unwrapExc(w)).toBe(e);
    expect(exceptionOccurred(w)).toBe(true);
    expect(thrown(() => raiseFor(w))).toBe(e);
    expect(raiseFor(5)).toBe(5);
    expect(w.message).toBe('a');
    expect(() => {
      (w as { message: string }).message = 'b';
    }).toThrow(TypeError);
    expect(e.message).toBe('a');
    expect(exceptionOccurred(e)).toBe(false);
    expect(() => unwrapExc({} as never)).toThrow(TypeError);
  });

  it('check 25: a CRITICAL error is thrown at once', () => {
    for (const err of [new Deadlock(), new Critical(1), new StateCorrupted('a', 'b')]) expect(thrown(() => wrapExc(err))).toBe(err);
  });

  it('the wrapper is a frozen proxy: reads and `in` are forwarded, writes fail', () => {
    const e = Object.assign(new TypeError('t'), { code: 'E1' });
    const w = wrapExc(e);
    expect(Object.isFrozen(w)).toBe(true);
    expect(w.code).toBe('E1');
    expect(w.name).toBe('TypeError');
    expect('code' in w).toBe(true);
    expect('nope' in w).toBe(false);
    expect(WRAPPED in w).toBe(true);
    expect(() => {
      delete (w as { code?: string }).code;
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(w, 'x', { value: 1 })).toThrow(TypeError);
    expect(() => Object.setPrototypeOf(w, null)).toThrow(TypeError);
    expect(e.code).toBe('E1');
  });

  it('String(w) describes the wrapped value', () => {
    expect(String(wrapExc(new RangeError('a')))).toBe('ExceptionWrapper(RangeError("a"))');
    expect(`${wrapExc('oops')}`).toBe('ExceptionWrapper("oops")');
    expect(wrapExc(1).toString()).toBe('ExceptionWrapper(1)');
  });

  it('wraps primitives too (reads give undefined)', () => {
    const w = wrapExc('x');
    expect(unwrapExc(w)).toBe('x');
    expect((w as unknown as { length?: number }).length).toBeUndefined();
    expect('length' in (w as object)).toBe(false);
    expect(exceptionOccurred(w)).toBe(true);
    expect(unwrapExc(wrapExc(undefined))).toBeUndefined();
  });

  it('getters of the wrapped error run with the error as this', () => {
    class Coded extends Error {
      get code(): string {
        return `${this.message}!`;
      }
    }
    expect(wrapExc(new Coded('c')).code).toBe('c!');
  });

  it('wrappedBox ignores look-alikes and hostile values', () => {
    expect(wrappedBox({ [WRAPPED]: 1 })).toBeUndefined();
    expect(wrappedBox({ [WRAPPED]: {} })).toBeUndefined();
    expect(wrappedBox(new Proxy({}, { get: () => { throw new Error('trap'); } }))).toBeUndefined();
    expect(wrappedBox(null)).toBeUndefined();
  });

  describe('across copies', () => {
    let other: ExceptionsModule;
    beforeAll(async () => {
      other = loadCopy(await bundleSource(), newRealm());
    });

    it('check 25: a wrapper made by another copy (vi.resetModules) is recognised', async () => {
      const e = new Error('e');
      const w = wrapExc(e);
      vi.resetModules();
      const again = (await import('../src/index.js')) as ExceptionsModule;
      expect(again.wrapExc).not.toBe(wrapExc);
      expect(again.exceptionOccurred(w)).toBe(true);
      expect(again.unwrapExc(w)).toBe(e);
      expect(unwrapExc(again.wrapExc(e))).toBe(e);
    });

    it('a wrapper from another realm is recognised, and a critical error of that copy is thrown', () => {
      const e = new Error('e');
      expect(unwrapExc(other.wrapExc(e))).toBe(e);
      expect(other.exceptionOccurred(wrapExc(e))).toBe(true);
      const d = new other.Deadlock();
      expect(thrown(() => wrapExc(d))).toBe(d);
    });
  });
});
