import { describe, expectTypeOf, it } from 'vitest';
import type { SingleWaiterWaitOptions } from '../src/options.js';
import { SingleWaiterEventWithValue } from '../src/SingleWaiterEventWithValue.js';

describe('SingleWaiterEventWithValue types', () => {
  it('wait and waitForNext take SingleWaiterWaitOptions', () => {
    const box = new SingleWaiterEventWithValue<number>();
    expectTypeOf(box.wait).parameter(0).toEqualTypeOf<SingleWaiterWaitOptions | undefined>();
    expectTypeOf(box.waitForNext).parameter(0).toEqualTypeOf<SingleWaiterWaitOptions | undefined>();
    expectTypeOf(box.waitForValue(1)).toEqualTypeOf<Promise<void>>();
  });
});
