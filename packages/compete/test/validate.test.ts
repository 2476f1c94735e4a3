// The internal argument checks: messages name the API and show the bad value; no silent defaults.
import { describe, expect, it } from 'vitest';
import {
  checkCallback,
  checkFlag,
  checkOptions,
  checkSignal,
  checkTimeout,
  fail,
  isAsyncIterable,
  isIterable,
  isThenable,
  show,
} from '../src/validate.js';

const API = 'asyncutils.compete.test';

describe('validate', () => {
  it('show', () => {
    expect(show('x')).toBe("'x'");
    expect(show({})).toBe('<object>');
    expect(show(() => 1)).toBe('<function>');
    expect(show(-1)).toBe('-1');
    expect(show(null)).toBe('null');
    expect(show(Symbol('s'))).toBe('Symbol(s)');
  });

  it('fail', () => {
    expect(() => fail(API, 'x must be y', 1)).toThrow(new TypeError(`${API}: x must be y, got 1`));
    expect(() => fail(API, 'x must be y', 1, RangeError)).toThrow(RangeError);
  });

  it('isThenable', () => {
    expect(isThenable(Promise.resolve())).toBe(true);
    expect(isThenable({ then() {} })).toBe(true);
    expect(isThenable(Object.assign(() => {}, { then() {} }))).toBe(true);
    expect(isThenable({ then: 1 })).toBe(false);
    expect(isThenable(null)).toBe(false);
    expect(isThenable('then')).toBe(false);
  });

  it('checkOptions', () => {
    expect(checkOptions(API, undefined)).toEqual({});
    const o = { a: 1 };
    expect(checkOptions(API, o)).toBe(o);
    expect(() => checkOptions(API, null as never)).toThrow(`${API}: options must be an object, got null`);
  });

  it('checkTimeout', () => {
    expect(checkTimeout(API, undefined)).toBeUndefined();
    expect(checkTimeout(API, null)).toBeUndefined();
    expect(checkTimeout(API, Infinity)).toBeUndefined();
    expect(checkTimeout(API, 0)).toBe(0);
    expect(checkTimeout(API, 12.5)).toBe(12.5);
    expect(() => checkTimeout(API, -1)).toThrow(RangeError);
    expect(() => checkTimeout(API, -Infinity)).toThrow(RangeError);
    expect(() => checkTimeout(API, Number.NaN)).toThrow(`${API}: timeout must be a number of ms >= 0, got NaN`);
    expect(() => checkTimeout(API, '1', 'delay')).toThrow(new TypeError(`${API}: delay must be a number of ms, null or undefined, got '1'`));
  });

  it('checkSignal', () => {
    const s = new AbortController().signal;
    expect(checkSignal(API, s)).toBe(s);
    expect(checkSignal(API, undefined)).toBeUndefined();
    expect(() => checkSignal(API, null)).toThrow(TypeError);
    expect(() => checkSignal(API, { aborted: false })).toThrow(`${API}: signal must be an AbortSignal, got <object>`);
  });

  it('checkCallback and checkFlag', () => {
    const f = (): void => {};
    expect(checkCallback(API, 'cb', f)).toBe(f);
    expect(checkCallback(API, 'cb', undefined)).toBeUndefined();
    expect(() => checkCallback(API, 'cb', null as never)).toThrow(`${API}: cb must be a function, got null`);
    expect(checkFlag(API, 'f', undefined, true)).toBe(true);
    expect(checkFlag(API, 'f', false, true)).toBe(false);
    expect(() => checkFlag(API, 'f', 0, true)).toThrow(`${API}: f must be a boolean, got 0`);
  });

  it('isIterable and isAsyncIterable', () => {
    expect(isIterable('ab')).toBe(true);
    expect(isIterable([])).toBe(true);
    expect(isIterable(new Map())).toBe(true);
    expect(isIterable({})).toBe(false);
    expect(isIterable(5)).toBe(false);
    expect(isAsyncIterable((async function* () {})())).toBe(true);
    expect(isAsyncIterable([])).toBe(false);
    expect(isAsyncIterable(null)).toBe(false);
  });
});
