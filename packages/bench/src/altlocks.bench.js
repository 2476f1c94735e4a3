// @ts-check
// A call through a closed circuit breaker: @asyncutils/altlocks against cockatiel and opossum, and the
// bare call for reference.
import { CircuitBreaker } from '@asyncutils/altlocks';
import { ConsecutiveBreaker, circuitBreaker, handleAll } from 'cockatiel';
import Opossum from 'opossum';

const work = async () => 1;
const ours = new CircuitBreaker('bench', { maxFails: 5, reset: 10_000 }).wrap(work);
const cockatielPolicy = circuitBreaker(handleAll, { halfOpenAfter: 10_000, breaker: new ConsecutiveBreaker(5) });
const opossum = new Opossum(work, { resetTimeout: 10_000, timeout: false });
const ctx = { work, ours, cockatielPolicy, opossum };

const COCKATIEL = 'cockatiel circuitBreaker execute';
const OPOSSUM = 'opossum fire';

/** @type {import('./harness.js').BenchSuite} */
export const suite = {
  name: '@asyncutils/altlocks vs cockatiel, opossum',
  cases: [
    { name: 'bare call (reference)', step: 'await c.work();', ctx },
    {
      name: 'CircuitBreaker wrap(fn) call (closed)',
      step: 'await c.ours();',
      ctx,
      vs: [
        { name: COCKATIEL, minSpeedup: 1 },
        { name: OPOSSUM, minSpeedup: 1 },
      ],
    },
    { name: COCKATIEL, step: 'await c.cockatielPolicy.execute(c.work);', ctx },
    { name: OPOSSUM, step: 'await c.opossum.fire();', ctx, setup: () => () => opossum.shutdown() },
  ],
};
