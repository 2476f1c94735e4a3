// @ts-check
// @asyncutils/locks against async-mutex and async-sema: each operation written as a user writes it inside
// an async function (inlined `step`s), so every case pays the same loop and await costs.
import { Lock, Semaphore } from '@asyncutils/locks';
import { Mutex, Semaphore as MutexSemaphore } from 'async-mutex';
import { Sema } from 'async-sema';

const noop = () => {};
const ctx = { lock: new Lock(), sem: new Semaphore(4), mutex: new Mutex(), mutexSem: new MutexSemaphore(4), sema: new Sema(4), noop };

const ASYNC_MUTEX = 'async-mutex Mutex acquire+release';
const ASYNC_MUTEX_RUN = 'async-mutex runExclusive(noop)';
const ASYNC_MUTEX_HANDOFF = 'async-mutex hand-off to 4 waiters';
const ASYNC_SEMA = 'async-sema Sema(4) acquire+release';

/** @type {import('./harness.js').BenchSuite} */
export const suite = {
  name: '@asyncutils/locks vs async-mutex, async-sema',
  cases: [
    {
      name: 'Lock acquire+release (uncontended)',
      step: 'await c.lock.acquire(); c.lock.release();',
      ctx,
      targetFloorRatio: 1.5,
      vs: [{ name: ASYNC_MUTEX, minSpeedup: 5 }],
    },
    { name: ASYNC_MUTEX, step: 'const release = await c.mutex.acquire(); release();', ctx },
    {
      name: 'Lock runExclusive(noop)',
      step: 'await c.lock.runExclusive(c.noop);',
      ctx,
      targetFloorRatio: 2,
      vs: [{ name: ASYNC_MUTEX_RUN }],
    },
    { name: ASYNC_MUTEX_RUN, step: 'await c.mutex.runExclusive(c.noop);', ctx },
    {
      // One op: take the lock, queue 4 waiters, then pass the lock down the queue (4 FIFO hand-offs).
      name: 'Lock hand-off to 4 waiters',
      step: `await c.lock.acquire();
        const q = [c.lock.acquire(), c.lock.acquire(), c.lock.acquire(), c.lock.acquire()];
        c.lock.release();
        for (const p of q) { await p; c.lock.release(); }`,
      ctx,
      vs: [{ name: ASYNC_MUTEX_HANDOFF, minSpeedup: 3 }],
    },
    {
      name: ASYNC_MUTEX_HANDOFF,
      step: `const r0 = await c.mutex.acquire();
        const q = [c.mutex.acquire(), c.mutex.acquire(), c.mutex.acquire(), c.mutex.acquire()];
        r0();
        for (const p of q) { const r = await p; r(); }`,
      ctx,
    },
    {
      name: 'Semaphore(4) acquire+release',
      step: 'await c.sem.acquire(); c.sem.release();',
      ctx,
      vs: [{ name: ASYNC_SEMA, minSpeedup: 1 / 1.2 }, { name: 'async-mutex Semaphore(4) acquire+release' }],
    },
    { name: ASYNC_SEMA, step: 'await c.sema.acquire(); c.sema.release();', ctx },
    { name: 'async-mutex Semaphore(4) acquire+release', step: 'const [, release] = await c.mutexSem.acquire(); release();', ctx },
  ],
};
