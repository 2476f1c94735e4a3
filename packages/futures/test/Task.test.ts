import { getEventListeners } from 'node:events';
import { hasAuditHooks } from '@asyncutils/audit';
import { flush, isDomError, rejection, track } from '@asyncutils/tooling/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Future, Task } from '../src/index.js';
import { spyOnCallbackError, thrown } from './support/helpers.js';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

/** Work that settles only when its signal aborts, rejecting with the signal's reason. */
const cooperative = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

describe('Task: running work', () => {
  it('check 15: function work starts in a microtask with an AbortSignal; its value fulfils, a throw rejects; names are Task-<n>', async () => {
    const work = vi.fn((signal: AbortSignal) => {
      expect(signal).toBeInstanceOf(AbortSignal);
      return 'value';
    });
    const task = new Task(work);
    expect(work).not.toHaveBeenCalled();
    expect(task.done()).toBe(false);
    expect(await task).toBe('value');
    expect(work).toHaveBeenCalledOnce();
    expect(work.mock.calls[0]?.[0]).toBe(task.signal);
    expect(task.signal.aborted).toBe(false);

    const error = new TypeError('bad');
    const failing = new Task(() => {
      throw error;
    });
    expect(await rejection(failing)).toBe(error);
    expect(failing.state).toBe('rejected');
    expect(failing.exception()).toBe(error);

    const n = Number(/^Task-(\d+)$/.exec(new Task(() => 1).name)?.[1]);
    expect(n).toBeGreaterThan(0);
    expect(new Task(() => 1).name).toBe(`Task-${n + 1}`);
    expect(new Task(() => 1, { name: 'named' }).name).toBe('named');
    expect(new Task(() => 1).name).toBe(`Task-${n + 2}`);
    task.name = 'renamed';
    expect(task.name).toBe('renamed');
    expect(thrown(() => (task.name = 5 as never))).toEqual(new TypeError('asyncutils.futures.Task.name: the name must be a string, got number'));
  });

  it('async work: a returned thenable is adopted', async () => {
    const task = new Task(async () => {
      await Promise.resolve();
      return 7;
    });
    expect(await task).toBe(7);
    const rejecting = new Task(async () => {
      throw new RangeError('late');
    });
    expect(await rejection(rejecting)).toBeInstanceOf(RangeError);
    const viaFuture = new Future<number>();
    const adopting = new Task(() => viaFuture);
    viaFuture.setResult(3);
    expect(await adopting).toBe(3);
  });

  it('check 16: eager: true calls the work inside the constructor; a synchronous outcome settles it before it returns', () => {
    const work = vi.fn(() => 5);
    const task = new Task(work, { eager: true });
    expect(work).toHaveBeenCalledOnce();
    expect(task.done()).toBe(true);
    expect(task.result()).toBe(5);

    const error = new Error('sync');
    const failed = new Task(
      () => {
        throw error;
      },
      { eager: true },
    );
    expect(failed.exception()).toBe(error);

    const pending = new Task(async () => 1, { eager: true });
    expect(pending.done()).toBe(false);
  });

  it('check 17: thenable work is adopted; work that is neither a function nor a thenable is a TypeError', async () => {
    expect(await new Task(Promise.resolve(3))).toBe(3);
    const thenable = { then: (resolve: (v: number) => void) => resolve(4) } as PromiseLike<number>;
    expect(await new Task(thenable)).toBe(4);
    expect(await rejection(new Task(Promise.reject(new Error('no'))))).toHaveProperty('message', 'no');
    expect(thrown(() => new Task(42 as never))).toEqual(new TypeError('asyncutils.futures.Task: work must be a function or a thenable, got number'));
    expect(thrown(() => new Task(null as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => new Task({ then: 1 } as never))).toBeInstanceOf(TypeError);
  });

  it('bad options are TypeErrors naming the API', () => {
    const where = 'asyncutils.futures.Task';
    expect(thrown(() => new Task(() => 1, 5 as never))).toEqual(new TypeError(`${where}: options must be an object, got number`));
    expect(thrown(() => new Task(() => 1, null as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => new Task(() => 1, { name: 1 as never }))).toEqual(new TypeError(`${where}: options.name must be a string, got number`));
    expect(thrown(() => new Task(() => 1, { eager: 'yes' as never }))).toEqual(new TypeError(`${where}: options.eager must be a boolean, got string`));
    expect(thrown(() => new Task(() => 1, { signal: {} as never }))).toEqual(new TypeError(`${where}: options.signal must be an AbortSignal, got Object`));
    expect(thrown(() => new Task(() => 1, { signal: null as never }))).toBeInstanceOf(TypeError);
  });

  it('check 21: setResult and setException throw Error: a task is settled by its work', async () => {
    const task = new Task(() => 1);
    const error = thrown(() => task.setResult(1));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/Task does not support setResult/);
    expect((error as Error).message).toBe('asyncutils.futures.Task.setResult: Task does not support setResult');
    expect(thrown(() => task.setException(new Error('x')))).toHaveProperty(
      'message',
      'asyncutils.futures.Task.setException: Task does not support setException',
    );
    expect(await task).toBe(1);
  });
});

describe('Task: cancellation', () => {
  it('check 18: cooperative cancel: the task stays pending until the work rejects with the reason, then it is cancelled', async () => {
    const reason = new Error('stop');
    const task = new Task(cooperative);
    await flush();
    const tracked = track(task.promise);
    expect(task.cancel(reason)).toBe(true);
    expect(task.signal.aborted).toBe(true);
    expect(task.signal.reason).toBe(reason);
    expect(task.done()).toBe(false);
    expect(task.cancel('second')).toBe(true);
    expect(task.signal.reason).toBe(reason);
    await flush();
    expect(task.cancelled()).toBe(true);
    expect(tracked.reason).toBe(reason);
    expect(await rejection(task)).toBe(reason);
    expect(task.cancel()).toBe(false);
  });

  it('check 18: work that ignores the abort and returns 7 fulfils; work rejecting with another error is rejected', async () => {
    const finishing = new Task(async (signal) => {
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      return 7;
    });
    await flush();
    expect(finishing.cancel()).toBe(true);
    expect(await finishing).toBe(7);
    expect(finishing.state).toBe('fulfilled');

    const other = new Error('other');
    const failing = new Task(async (signal) => {
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      throw other;
    });
    await flush();
    failing.cancel();
    expect(await rejection(failing)).toBe(other);
    expect(failing.state).toBe('rejected');
  });

  it('cancel() of running work uses a default AbortError reason; work rethrowing signal.reason is cancelled', async () => {
    const task = new Task(async (signal) => {
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
      signal.throwIfAborted();
    });
    await flush();
    task.cancel();
    const reason = await rejection(task);
    expect(isDomError(reason, 'AbortError')).toBe(true);
    expect((reason as Error).message).toBe('asyncutils.futures.Task: cancelled');
    expect(task.cancelled()).toBe(true);
  });

  it('check 19: cancel() before a non-eager task started cancels at once and the work never runs', async () => {
    const work = vi.fn(() => 1);
    const task = new Task(work);
    expect(task.cancel()).toBe(true);
    expect(task.cancelled()).toBe(true);
    expect(task.signal.aborted).toBe(true);
    await flush();
    expect(work).not.toHaveBeenCalled();
    expect(isDomError(await rejection(task), 'AbortError')).toBe(true);
  });

  it('check 19: cancel() of a thenable-work task cancels it at once; the later outcome is ignored (a rejection handled)', async () => {
    let resolve!: (v: number) => void;
    const task = new Task(new Promise<number>((r) => (resolve = r)));
    expect(task.cancel('r')).toBe(true);
    expect(task.cancelled()).toBe(true);
    resolve(1);
    await flush();
    expect(task.cancelled()).toBe(true);
    expect(await rejection(task)).toBe('r');

    let reject!: (e: unknown) => void;
    const task2 = new Task(new Promise<number>((_, r) => (reject = r)));
    task2.cancel();
    reject(new Error('ignored'));
    await flush();
    expect(task2.cancelled()).toBe(true);
  });

  it('check 20: an already aborted signal cancels the task at construction with its reason; the work never runs', async () => {
    const reason = new Error('pre-aborted');
    const work = vi.fn(() => 1);
    const task = new Task(work, { signal: AbortSignal.abort(reason), eager: true });
    expect(task.cancelled()).toBe(true);
    expect(thrown(() => task.result())).toBe(reason);
    await flush();
    expect(work).not.toHaveBeenCalled();
    const thenable = new Task(Promise.reject(new Error('ignored')), { signal: AbortSignal.abort(reason) });
    expect(thenable.cancelled()).toBe(true);
    await flush();
  });

  it('check 20: a later abort behaves as cancel(reason); no listener remains after the task settles', async () => {
    const controller = new AbortController();
    const task = new Task(cooperative, { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    await flush();
    const reason = new Error('outer');
    controller.abort(reason);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(await rejection(task)).toBe(reason);
    expect(task.cancelled()).toBe(true);

    // Success, failure and a plain cancel() detach too.
    const shared = new AbortController();
    const ok = new Task(async () => 1, { signal: shared.signal });
    const bad = new Task(async () => Promise.reject(new Error('x')), { signal: shared.signal });
    const cancelledEarly = new Task(() => 1, { signal: shared.signal });
    const cancelledLate = new Task(cooperative, { signal: shared.signal });
    expect(getEventListeners(shared.signal, 'abort')).toHaveLength(4);
    cancelledEarly.cancel();
    await flush();
    cancelledLate.cancel();
    await flush();
    expect(await ok).toBe(1);
    await rejection(bad);
    expect(cancelledLate.cancelled()).toBe(true);
    expect(getEventListeners(shared.signal, 'abort')).toHaveLength(0);
  });

  it('leak: 20 000 tasks on one long-lived signal, settled every way, leave no listener and no timer', async () => {
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      const tasks: Task<number>[] = [];
      for (let i = 0; i < 20_000; i++) {
        const task = new Task<number>(i % 3 === 0 ? cooperative : async () => i, { signal: controller.signal });
        if (i % 3 === 0) queueMicrotask(() => task.cancel());
        if (i % 5 === 0) task.cancel();
        tasks.push(task);
      }
      await flush(5);
      expect(tasks.every((t) => t.done())).toBe(true);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('regression: tasks wrap work functions, not coroutines; cancel() aborts the signal instead of throwing into them', async () => {
    let observed: unknown;
    const task = new Task(async (signal) => {
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
      observed = signal.reason;
      return 'finished anyway';
    });
    await flush();
    task.cancel('why');
    expect(await task).toBe('finished anyway');
    expect(observed).toBe('why');
  });

  it('property: under random start, settle and cancel interleavings a task settles once, by the cooperative rules', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.constantFrom('fulfil' as const, 'reject' as const, 'cooperate' as const),
        fc.boolean(),
        fc.boolean(),
        async (s, behaviour, eager, cancelAtOnce) => {
          const reason = new Error('cancel');
          const other = new Error('other');
          let started = false;
          let cancelledBeforeStart = false;
          let cancelResult: boolean | undefined;
          let wasDone = false;
          const task = new Task<string>(
            (signal) => {
              started = true;
              if (behaviour === 'cooperate') {
                return new Promise<string>((resolve, reject) => {
                  signal.addEventListener('abort', () => reject(signal.reason), { once: true });
                  void s.schedule(Promise.resolve('late')).then(resolve);
                });
              }
              return s.schedule(Promise.resolve(behaviour)).then((b) => (b === 'fulfil' ? 'v' : Promise.reject(other)));
            },
            { eager },
          );
          const settlements = track(task.promise);
          const cancel = (): void => {
            cancelledBeforeStart = !started;
            wasDone = task.done();
            cancelResult = task.cancel(reason);
          };
          if (cancelAtOnce) cancel();
          else void s.schedule(Promise.resolve()).then(cancel);
          await s.waitAll();
          await flush();
          expect(task.done()).toBe(true);
          expect(settlements.settlements).toBe(1);
          expect(cancelResult).toBe(!wasDone);
          if (cancelledBeforeStart) {
            expect(task.cancelled()).toBe(true);
            expect(started).toBe(false);
          } else if (task.cancelled()) {
            expect(behaviour).toBe('cooperate');
            expect(settlements.reason).toBe(reason);
          } else if (behaviour === 'reject') {
            expect(task.exception()).toBe(other);
          } else {
            expect(task.state).toBe('fulfilled');
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('Task: audit-hook errors of self-settlement', () => {
  it('are reported, not thrown (covered per class in AsyncCallbacksTask.test.ts); a plain Task raises no event', async () => {
    const spy = spyOnCallbackError();
    const task = new Task(() => 1);
    expect(await task).toBe(1);
    expect(spy).not.toHaveBeenCalled();
    expect(String(task)).toBe('asyncutils.futures.Task(fulfilled)');
  });
});
