// @ts-check
// @asyncutils/queues against p-queue (the package users reach for to queue async work), plus the cost
// per item of the priority queue at 1 000 and 100 000 items (O(log n)).
import { SmartPriorityQueue, SmartQueue, UserPriorityQueue } from '@asyncutils/queues';
import PQueue from 'p-queue';

const noop = () => {};
/** @param {number} n */
const randoms = (n) => Array.from({ length: n }, () => Math.random());
const ctx = {
  q: new SmartQueue(),
  waiters: new SmartQueue(),
  upq: new UserPriorityQueue(),
  pq1k: new SmartPriorityQueue(),
  pq100k: new SmartPriorityQueue(),
  r1k: randoms(1_000),
  r100k: randoms(100_000),
  pqueue: new PQueue({ concurrency: 1 }),
  noop,
};

const P_QUEUE = 'p-queue add(noop) (concurrency 1)';
const P_QUEUE_4 = 'p-queue 4 × add(noop), awaited together';

/** @type {import('./harness.js').BenchSuite} */
export const suite = {
  name: '@asyncutils/queues vs p-queue',
  cases: [
    {
      name: 'SmartQueue await put(x); await get() (uncontended)',
      step: 'await c.q.put(1); await c.q.get();',
      ctx,
      targetFloorRatio: 2.5,
      vs: [{ name: P_QUEUE, minSpeedup: 20 }],
    },
    { name: P_QUEUE, step: 'await c.pqueue.add(c.noop);', ctx },
    {
      // One op: 4 consumers wait in get(), 4 items arrive, every consumer is served.
      name: 'SmartQueue 4 waiting consumers served',
      step: `const g = [c.waiters.get(), c.waiters.get(), c.waiters.get(), c.waiters.get()];
        c.waiters.putNowait(1); c.waiters.putNowait(2); c.waiters.putNowait(3); c.waiters.putNowait(4);
        await g[0]; await g[1]; await g[2]; await g[3];`,
      ctx,
      vs: [{ name: P_QUEUE_4 }],
    },
    {
      name: P_QUEUE_4,
      step: `const g = [c.pqueue.add(c.noop), c.pqueue.add(c.noop), c.pqueue.add(c.noop), c.pqueue.add(c.noop)];
        await g[0]; await g[1]; await g[2]; await g[3];`,
      ctx,
    },
    {
      name: 'UserPriorityQueue await put(x, {priority}); await get()',
      step: 'await c.upq.put(1, { priority: 3 }); await c.upq.get();',
      ctx,
    },
    {
      name: 'SmartPriorityQueue putNowait+getNowait, 1 000 random items (per item)',
      step: 'for (const x of c.r1k) c.pq1k.putNowait(x); for (let j = 0; j < 1000; j++) c.pq1k.getNowait();',
      ctx,
      itemsPerOp: 1_000,
    },
    {
      name: 'SmartPriorityQueue putNowait+getNowait, 100 000 random items (per item)',
      step: 'for (const x of c.r100k) c.pq100k.putNowait(x); for (let j = 0; j < 100000; j++) c.pq100k.getNowait();',
      ctx,
      itemsPerOp: 100_000,
    },
  ],
};
