import { afterEach, describe, expect, it } from 'vitest';
import { dispatchNormalizer, registerNormalizer, unregisterNormalizer, VersionInfo } from '../src/index.js';

class Rel {
  constructor(public s: string) {}
}
class SubRel extends Rel {}

afterEach(() => {
  unregisterNormalizer(Rel);
  unregisterNormalizer(SubRel);
});

describe('registerNormalizer', () => {
  it('check 17: register, keep the first, dispatch, unregister, key by instance', () => {
    const f = (r: Rel): string[] => r.s.split('-');
    const g = (r: Rel): string[] => [r.s];
    expect(registerNormalizer(Rel, f)).toBe(true);
    expect(registerNormalizer(Rel, f)).toBe(true);
    expect(registerNormalizer(Rel, g)).toBe(false);
    expect(dispatchNormalizer(Rel)).toBe(f);
    expect(new VersionInfo(new Rel('4-5-6')).toString()).toBe('4.5.6');
    expect(dispatchNormalizer(new Rel('x'))).toBe(f);
    expect(unregisterNormalizer(Rel)).toBe(f);
    expect(unregisterNormalizer(Rel)).toBeUndefined();

    expect(registerNormalizer(new Rel(''), g)).toBe(true);
    expect(dispatchNormalizer(Rel)).toBe(g);
    expect(unregisterNormalizer(new Rel('y'))).toBe(g);
  });

  it('no inheritance walk: a subclass needs its own normalizer', () => {
    registerNormalizer(Rel, (r) => r.s);
    expect(dispatchNormalizer(new SubRel('1'))).toBeUndefined();
    expect(() => new VersionInfo(new SubRel('1.2'))).toThrow(TypeError);
    registerNormalizer(SubRel, (r) => `${r.s}.9`);
    expect(new VersionInfo(new SubRel('1.2')).toString()).toBe('1.2.9');
  });

  it('booleans and other primitives without a parse step use their wrapper key', () => {
    const f = (b: boolean): number[] | null => (b ? [1, 0, 0] : null);
    try {
      expect(registerNormalizer(true, f)).toBe(true);
      expect(dispatchNormalizer(Boolean)).toBe(f);
      expect(new VersionInfo(true as never).toString()).toBe('1.0.0');
      expect(() => new VersionInfo(false as never)).toThrow(TypeError);
    } finally {
      expect(unregisterNormalizer(Boolean)).toBe(f);
    }
  });

  it('strings, numbers and bigints are parsed before the registry, but their normalizers can be stored', () => {
    const f = (): string => '9.9.9';
    try {
      expect(registerNormalizer('x', f)).toBe(true);
      expect(dispatchNormalizer(String)).toBe(f);
      expect(new VersionInfo('1.2.3').toString()).toBe('1.2.3');
      // A String wrapper object is not a primitive: its exact type is String, so the normalizer applies.
      expect(new VersionInfo(Object('0.0.1') as object).toString()).toBe('9.9.9');
    } finally {
      unregisterNormalizer(String);
    }
  });

  it('bad input: a non-function normalizer or a key without a type is a TypeError naming the value', () => {
    expect(() => registerNormalizer(Rel, 'nope' as never)).toThrow(
      new TypeError('asyncutils.version.registerNormalizer: the normalizer must be a function, got "nope"'),
    );
    expect(() => registerNormalizer(null, () => null)).toThrow(
      new TypeError('asyncutils.version.registerNormalizer: cannot register a normalizer for null, which has no type'),
    );
    expect(() => registerNormalizer(undefined, () => null)).toThrow(/for undefined, which has no type/);
    expect(() => registerNormalizer(Object.create(null) as object, () => null)).toThrow(/for <Object>, which has no type/);
    expect(dispatchNormalizer(Rel)).toBeUndefined();
  });
});
