import { describe, expectTypeOf, it } from 'vitest';
import { adisembowel, adisembowelLeft, type PopSource, type ShiftSource } from '../src/index.js';

describe('PopSource / ShiftSource', () => {
  it('accept length or size containers, with an optional clear', () => {
    expectTypeOf({ pop: () => 1, length: 1 }).toExtend<PopSource<number>>();
    expectTypeOf({ pop: () => 'a', size: 1, clear: async () => {} }).toExtend<PopSource<string>>();
    expectTypeOf({ shift: () => 1, length: 0 }).toExtend<ShiftSource<number>>();
    expectTypeOf({ pop: () => 1 }).not.toExtend<PopSource<number>>();
    expectTypeOf({ shift: () => 1, size: 'x' }).not.toExtend<ShiftSource<number>>();
  });

  it('adisembowel infers the item type from arrays, sets and custom containers', () => {
    expectTypeOf(adisembowel([1, 2, 3])).toEqualTypeOf<AsyncGenerator<number, void, unknown>>();
    expectTypeOf(adisembowelLeft(['a'])).toEqualTypeOf<AsyncGenerator<string, void, unknown>>();
    expectTypeOf(adisembowel(new Set([true]))).toEqualTypeOf<AsyncGenerator<boolean, void, unknown>>();
    expectTypeOf(adisembowel({ pop: () => 1n, size: 1 })).toEqualTypeOf<AsyncGenerator<bigint, void, unknown>>();
  });
});
