// The public surface of @asyncutils/buckets: named re-exports only, one module per concept.
export { LeakyBucket } from './LeakyBucket.js';
export { TokenBucket } from './TokenBucket.js';

export type { BucketWaitOptions } from './BucketWaitOptions.js';
export type { LeakyBucketAdjMap, LeakyBucketOptions } from './LeakyBucket.js';
export type { TokenBucketOptions } from './TokenBucket.js';
