import type { MixinWaitForValueOptions, MixinWaitOptions } from '@asyncutils/mixins';
import { describe, expectTypeOf, it } from 'vitest';
import type { EventWaitOptions, SingleWaiterWaitOptions, TransitionOptions, WaitForValueOptions } from '../src/options.js';

describe('option types', () => {
  it('EventWaitOptions is { timeout?: number; signal?: AbortSignal } and matches MixinWaitOptions', () => {
    expectTypeOf<EventWaitOptions>().toEqualTypeOf<{ timeout?: number; signal?: AbortSignal }>();
    expectTypeOf<EventWaitOptions>().toExtend<MixinWaitOptions>();
    expectTypeOf<MixinWaitOptions>().toExtend<EventWaitOptions>();
    // @ts-expect-error timeout is a number of milliseconds
    const bad: EventWaitOptions = { timeout: '5' };
    void bad;
  });

  it('SingleWaiterWaitOptions adds strict', () => {
    expectTypeOf<SingleWaiterWaitOptions>().toEqualTypeOf<EventWaitOptions & { strict?: boolean }>();
  });

  it('WaitForValueOptions adds setAtTimeout and matches MixinWaitForValueOptions', () => {
    expectTypeOf<WaitForValueOptions>().toEqualTypeOf<EventWaitOptions & { setAtTimeout?: boolean }>();
    expectTypeOf<WaitForValueOptions>().toExtend<MixinWaitForValueOptions>();
    expectTypeOf<MixinWaitForValueOptions>().toExtend<WaitForValueOptions>();
  });

  it('TransitionOptions adds forceTransition', () => {
    expectTypeOf<TransitionOptions>().toEqualTypeOf<EventWaitOptions & { forceTransition?: boolean }>();
  });
});
