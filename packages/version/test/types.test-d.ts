import { describe, expectTypeOf, it } from 'vitest';
import {
  dispatchNormalizer,
  normalize,
  normalizeAllowUnimplemented,
  registerNormalizer,
  unregisterNormalizer,
  VersionDelta,
  VersionInfo,
  type VersionFormatSpec,
  type VersionLike,
  type VersionNormalizer,
  type VersionPartLike,
  type VersionParts,
} from '../src/index.js';

class Rel {
  constructor(readonly s: string) {}
}

describe('types', () => {
  it('VersionParts is a readonly labelled triple', () => {
    expectTypeOf(normalize('1')).toEqualTypeOf<VersionParts>();
    expectTypeOf(normalizeAllowUnimplemented('1')).toEqualTypeOf<VersionParts | null>();
    expectTypeOf<VersionParts>().toEqualTypeOf<readonly [number, number, number]>();
    // @ts-expect-error parts are readonly
    normalize('1')[0] = 2;
  });

  it('VersionPartLike and the constructor overloads', () => {
    expectTypeOf<VersionPartLike>().toEqualTypeOf<number | bigint | string | boolean>();
    new VersionInfo();
    new VersionInfo('1.2.3');
    new VersionInfo(1, '2', 3n);
    new VersionInfo(1, 2, true, 'ignored');
    // @ts-expect-error an object is not a part
    new VersionInfo(1, {});
    expectTypeOf<string>().toMatchTypeOf<VersionLike>();
    expectTypeOf<Iterable<VersionPartLike>>().toMatchTypeOf<VersionLike>();
  });

  it('normalizer registry infers the value type from a class or a value', () => {
    registerNormalizer(Rel, (r) => {
      expectTypeOf(r).toEqualTypeOf<Rel>();
      return r.s.split('-');
    });
    registerNormalizer(new Rel('x'), (r) => {
      expectTypeOf(r).toEqualTypeOf<Rel>();
      return null;
    });
    expectTypeOf(dispatchNormalizer(Rel)).toEqualTypeOf<VersionNormalizer<Rel> | undefined>();
    expectTypeOf(unregisterNormalizer(new Rel('x'))).toEqualTypeOf<VersionNormalizer<Rel> | undefined>();
    // @ts-expect-error a normalizer must return parts, a string, null or undefined
    registerNormalizer(Rel, () => 5);
  });

  it('arithmetic overloads', () => {
    const v = new VersionInfo(1, 2, 3);
    expectTypeOf(v.add(1)).toEqualTypeOf<VersionInfo>();
    expectTypeOf(v.sub(1)).toEqualTypeOf<VersionInfo>();
    expectTypeOf(v.sub(new VersionDelta(1))).toEqualTypeOf<VersionInfo>();
    expectTypeOf(v.sub(v)).toEqualTypeOf<VersionDelta>();
    expectTypeOf(v.compare('1')).toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf(v.length).toEqualTypeOf<3>();
    expectTypeOf(v.hash()).toEqualTypeOf<bigint>();
    expectTypeOf(v.shelve()).toEqualTypeOf<Uint8Array>();
  });

  it('format specs: listed spellings autocomplete, other strings are accepted', () => {
    const spec: VersionFormatSpec = 'HEX';
    expectTypeOf(new VersionInfo().format(spec)).toEqualTypeOf<string>();
    expectTypeOf<'majmin'>().toMatchTypeOf<VersionFormatSpec>();
    expectTypeOf<'Short'>().toMatchTypeOf<VersionFormatSpec>();
    // @ts-expect-error not a spec
    const bad: VersionFormatSpec = 'zzz';
    void bad;
    new VersionInfo().format('zzz');
  });
});
