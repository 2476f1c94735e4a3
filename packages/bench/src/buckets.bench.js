// @ts-check
// Taking a token when one is available: @asyncutils/buckets against limiter and bottleneck.
import { TokenBucket } from '@asyncutils/buckets';
import Bottleneck from 'bottleneck';
import { TokenBucket as LimiterBucket } from 'limiter';

const noop = () => {};
// Rates high enough that the bucket never runs dry during a run: only the "token available" path is timed.
const ctx = {
  tb: new TokenBucket(1e12, 1e12),
  lb: new LimiterBucket({ bucketSize: 1e12, tokensPerInterval: 1e12, interval: 'second' }),
  bottleneck: new Bottleneck({ maxConcurrent: null, minTime: 0 }),
  noop,
};

const LIMITER_TRY = 'limiter TokenBucket tryRemoveTokens(1) (sync)';
const LIMITER_ASYNC = 'limiter TokenBucket await removeTokens(1)';
const BOTTLENECK = 'bottleneck await schedule(noop)';

/** @type {import('./harness.js').BenchSuite} */
export const suite = {
  name: '@asyncutils/buckets vs limiter, bottleneck',
  cases: [
    {
      name: 'TokenBucket await consume(1), tokens available',
      step: 'await c.tb.consume(1);',
      ctx,
      vs: [{ name: LIMITER_TRY, minSpeedup: 2 }, { name: LIMITER_ASYNC }, { name: BOTTLENECK }],
    },
    { name: LIMITER_TRY, step: 'c.lb.tryRemoveTokens(1);', ctx },
    { name: LIMITER_ASYNC, step: 'await c.lb.removeTokens(1);', ctx },
    { name: BOTTLENECK, step: 'await c.bottleneck.schedule(c.noop);', ctx },
  ],
};
