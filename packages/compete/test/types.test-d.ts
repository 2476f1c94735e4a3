// Type tests: inference of values through the race functions, option shapes, and the exported types.
import type { ExceptionWrapper } from '@asyncutils/exceptions';
import { describe, expectTypeOf, it } from 'vitest';
import {
  convertToCoroIter,
  enhancedGather,
  enhancedStaggeredRace,
  firstCompleted,
  multiWinnerRaceWithCallback,
  raceWithCallback,
  type ConvertToCoroIterOptions,
  type EnhancedGatherOptions,
  type FirstCompletedOptions,
  type MultiWinnerRaceOptions,
  type RaceInput,
  type RaceWithCallbackOptions,
  type StaggeredRaceResult,
} from '../src/index.js';

declare const fetchText: (signal: AbortSignal) => Promise<string>;
declare const cached: Promise<string>;

describe('types', () => {
  it('RaceInput: a promise or a function of an AbortSignal', () => {
    expectTypeOf(cached).toExtend<RaceInput<string>>();
    expectTypeOf(fetchText).toExtend<RaceInput<string>>();
    expectTypeOf((_s: AbortSignal) => 1).toExtend<RaceInput<number>>();
    expectTypeOf(() => 'no signal needed').toExtend<RaceInput<string>>();
    expectTypeOf(42).not.toExtend<RaceInput<number>>();
  });

  it('firstCompleted infers the value; retExc: true adds ExceptionWrapper', () => {
    expectTypeOf(firstCompleted([cached, fetchText])).toEqualTypeOf<Promise<string>>();
    expectTypeOf(firstCompleted([cached], { timeout: 5 })).toEqualTypeOf<Promise<string>>();
    expectTypeOf(firstCompleted([cached], { retExc: true })).toEqualTypeOf<Promise<string | ExceptionWrapper>>();
    const flag: boolean = Math.random() > 0.5;
    expectTypeOf(firstCompleted([cached], { retExc: flag })).toEqualTypeOf<Promise<string | ExceptionWrapper>>();
    expectTypeOf(firstCompleted([async () => 1, Promise.resolve(2)])).toEqualTypeOf<Promise<number>>();
    // @ts-expect-error not an input
    void firstCompleted([42]);
    // @ts-expect-error timeout is a number
    void firstCompleted([cached], { timeout: '5' });
  });

  it('raceWithCallback and multiWinnerRaceWithCallback', () => {
    expectTypeOf(raceWithCallback([cached], { winner: (v) => expectTypeOf(v).toEqualTypeOf<string>() })).toEqualTypeOf<Promise<string | undefined>>();
    expectTypeOf(multiWinnerRaceWithCallback([cached, fetchText], { timeout: null })).toEqualTypeOf<Promise<string[]>>();
    // @ts-expect-error timeout is required
    void multiWinnerRaceWithCallback([cached], {});
    // @ts-expect-error options are required
    void multiWinnerRaceWithCallback([cached]);
  });

  it('the converters', () => {
    expectTypeOf(convertToCoroIter([1, 'a'])).toEqualTypeOf<Generator<Promise<unknown>, void>>();
    expectTypeOf(enhancedGather([[1]])).toEqualTypeOf<Promise<unknown[]>>();
    expectTypeOf(enhancedStaggeredRace<number>([fetchText], 10)).toEqualTypeOf<Promise<StaggeredRaceResult<number>>>();
    expectTypeOf<StaggeredRaceResult<number>>().toEqualTypeOf<[number | undefined, number | null, unknown[]]>();
  });

  it('option types', () => {
    expectTypeOf<FirstCompletedOptions['timeout']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<RaceWithCallbackOptions<number>['winner']>().toEqualTypeOf<((value: number) => unknown) | undefined>();
    expectTypeOf<MultiWinnerRaceOptions<number>['timeout']>().toEqualTypeOf<number | null>();
    expectTypeOf<ConvertToCoroIterOptions['skipInvalid']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<EnhancedGatherOptions['returnExceptions']>().toEqualTypeOf<boolean | undefined>();
  });
});
