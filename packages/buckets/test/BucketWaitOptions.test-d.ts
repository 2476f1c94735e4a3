import { describe, expectTypeOf, it } from 'vitest';
import type { BucketWaitOptions } from '../src/index.js';

describe('BucketWaitOptions', () => {
  it('has an optional signal and timeout, nothing else', () => {
    expectTypeOf<BucketWaitOptions>().toEqualTypeOf<{ signal?: AbortSignal; timeout?: number }>();
    const ok: BucketWaitOptions = { signal: AbortSignal.abort(), timeout: 5 };
    expectTypeOf(ok).toExtend<BucketWaitOptions>();
    // @ts-expect-error: timeout is a number of ms
    const bad: BucketWaitOptions = { timeout: '5' };
    void bad;
  });
});
