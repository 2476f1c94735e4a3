// @ts-check
// Racing ten already-created promises: @asyncutils/compete's firstCompleted against p-any and the built-in
// Promise.race / Promise.any (which abort nothing and leave losers running).
import { firstCompleted } from '@asyncutils/compete';
import pAny from 'p-any';

const ctx = {
  firstCompleted,
  pAny,
  ten: () => Array.from({ length: 10 }, (_, i) => Promise.resolve(i)),
  tenFns: () => Array.from({ length: 10 }, (_, i) => (/** @type {AbortSignal} */ _signal) => Promise.resolve(i)),
};

/** @type {import('./harness.js').BenchSuite} */
export const suite = {
  name: '@asyncutils/compete vs p-any, Promise.race',
  cases: [
    { name: 'Promise.race of 10 promises', step: 'await Promise.race(c.ten());', ctx },
    { name: 'Promise.any of 10 promises', step: 'await Promise.any(c.ten());', ctx },
    { name: 'p-any of 10 promises', step: 'await c.pAny(c.ten());', ctx },
    {
      name: 'firstCompleted of 10 promises',
      step: 'await c.firstCompleted(c.ten());',
      ctx,
      vs: [{ name: 'p-any of 10 promises', minSpeedup: 1 }],
    },
    { name: 'firstCompleted of 10 abortable functions', step: 'await c.firstCompleted(c.tenFns());', ctx },
  ],
};
