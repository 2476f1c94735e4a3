import { objectId } from '@asyncutils/audit';
import { describe, expect, it } from 'vitest';
import {
  VersionConversionError,
  VersionCorrupted,
  VersionError,
  VersionNormalizerFault,
  VersionNormalizerMissing,
  VersionNormalizerTypeError,
  VersionValueError,
} from '../../src/errors/version.js';
import { expectErrorShape } from '../support/shape.js';

describe('version errors', () => {
  it('check 1: every class has its own prototype name, its base classes and the `Name: message` form', () => {
    expectErrorShape(new VersionError('m'), VersionError, Error);
    expectErrorShape(new VersionConversionError('m'), VersionConversionError, VersionError);
    expectErrorShape(new VersionValueError('m'), VersionValueError, RangeError);
    expectErrorShape(new VersionNormalizerMissing(1), VersionNormalizerMissing, TypeError);
    expectErrorShape(new VersionNormalizerTypeError(() => 1, 1), VersionNormalizerTypeError, TypeError);
    expectErrorShape(new VersionNormalizerFault(() => 1, 1, new Error('e')), VersionNormalizerFault, VersionConversionError);
    expectErrorShape(new VersionCorrupted({}), VersionCorrupted, VersionError);
  });

  it('default constructors take a message and a cause', () => {
    const cause = new Error('c');
    const err = new VersionError('m', { cause });
    expect(err.message).toBe('m');
    expect(err.cause).toBe(cause);
    expect(new VersionConversionError().message).toBe('');
  });

  it('check 2: VersionValueError and the normalizer errors are virtual subclasses of VersionConversionError', () => {
    const value = new VersionValueError('m');
    expect(value).toBeInstanceOf(RangeError);
    expect(value).toBeInstanceOf(VersionConversionError);
    expect(value).toBeInstanceOf(VersionError);
    expect(value).not.toBeInstanceOf(TypeError);
    expect(value).not.toBeInstanceOf(VersionNormalizerFault);
    expect(value).not.toBeInstanceOf(VersionCorrupted);
    const missing = new VersionNormalizerMissing('x');
    expect(missing).toBeInstanceOf(TypeError);
    expect(missing).toBeInstanceOf(VersionError);
    expect(missing).toBeInstanceOf(VersionConversionError);
    expect(missing).not.toBeInstanceOf(RangeError);
    expect(new VersionNormalizerTypeError(() => 1, 1)).toBeInstanceOf(VersionConversionError);
    expect(new VersionCorrupted({})).not.toBeInstanceOf(VersionConversionError);
    expect(new VersionError()).not.toBeInstanceOf(VersionConversionError);
    expect(new TypeError()).not.toBeInstanceOf(VersionError);
  });

  it('check 8: VersionNormalizerMissing describes the value and its type', () => {
    const err = new VersionNormalizerMissing('1.x');
    expect(err.message).toBe(`attempt to normalize object "1.x" of type 'string' failed since a normalizer has not been registered`);
    expect(err.obj).toBe('1.x');
    expect(new VersionNormalizerMissing(new Map()).message).toBe(
      `attempt to normalize object <Map> of type 'Map' failed since a normalizer has not been registered`,
    );
  });

  it('VersionNormalizerTypeError names the normalizer, the type and the value', () => {
    function toParts(): string {
      return 'nope';
    }
    const err = new VersionNormalizerTypeError(toParts, 12n);
    expect(err.message).toBe(
      `custom normalizer [Function toParts] for type 'bigint' did not return an iterable of integers as expected when handling 12n`,
    );
    expect(err.normalizer).toBe(toParts);
    expect(err.obj).toBe(12n);
  });

  it('check 8: VersionNormalizerFault keeps what the normalizer threw as exc and cause', () => {
    const f = function parse(): never {
      throw new SyntaxError('bad');
    };
    const o = { v: 1 };
    const e = new SyntaxError('bad');
    const err = new VersionNormalizerFault(f, o, e);
    expect(err.cause).toBe(e);
    expect(err.exc).toBe(e);
    expect(err.normalizer).toBe(f);
    expect(err.obj).toBe(o);
    expect(err.message).toBe(`custom normalizer [Function parse] for type 'Object' threw SyntaxError when passed <Object>`);
    expect(Object.keys(err)).not.toContain('cause');
  });

  it('VersionCorrupted names the object, its id and its parts', () => {
    class Version {
      parts: unknown = [1, -2];
    }
    const v = new Version();
    const err = new VersionCorrupted(v);
    expect(err.obj).toBe(v);
    expect(err.message).toBe(`instance of Version #${objectId(v)} was tampered with by the user (parts: <Array>; should be 3 non-negative integers)`);
    v.parts = 'x';
    expect(new VersionCorrupted(v).message).toContain('(parts: "x";');
    const bare = {};
    expect(new VersionCorrupted(bare).message).toBe(
      `instance of Object #${objectId(bare)} was tampered with by the user (parts: <not present>; should be 3 non-negative integers)`,
    );
    const hostile = new Proxy({}, { has: () => { throw new Error('trap'); } });
    expect(new VersionCorrupted(hostile).message).toContain('(parts: <not present>;');
  });

  it('regression: attributes are strong references, and VersionCorrupted forwards nothing (read obj)', () => {
    let obj: { parts: number[] } | undefined = { parts: [1] };
    const err = new VersionCorrupted(obj);
    obj = undefined;
    expect(err.obj).toEqual({ parts: [1] });
    expect((err as unknown as { parts?: unknown }).parts).toBeUndefined();
  });

  it('properties are read-only to the type checker and own to the instance', () => {
    const err = new VersionNormalizerMissing('a');
    expect(Object.hasOwn(err, 'obj')).toBe(true);
    // @ts-expect-error readonly
    err.obj = 'b';
  });
});
