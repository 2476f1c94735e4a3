import { isDomError, rejection, track } from '@asyncutils/tooling/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reviveError, toTaskMessage, WorkerPool, type PoolWorker, type PoolWorkerEvents, type SpawnWorker, type TaskMessage } from '../src/pool.js';
import { thrown } from './support/harness.js';

interface FakeWorker extends PoolWorker {
  readonly events: PoolWorkerEvents;
  readonly sent: TaskMessage[];
  referenced: boolean;
  closed: boolean;
  failSend: unknown;
  /** Replies to the last task sent. */
  reply(value: unknown, ok?: boolean): void;
}

function fakeWorkers(): { spawn: SpawnWorker; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const spawn: SpawnWorker = (events) => {
    const w: FakeWorker = {
      events,
      sent: [],
      referenced: true,
      closed: false,
      failSend: undefined,
      send(message) {
        if (w.failSend !== undefined) throw w.failSend;
        w.sent.push(message);
      },
      ref() {
        w.referenced = true;
      },
      unref() {
        w.referenced = false;
      },
      close() {
        w.closed = true;
      },
      reply(value, ok = true) {
        const id = w.sent.at(-1)?.id;
        events.message(ok ? { id, ok, value } : { id, ok, error: value });
      },
    };
    workers.push(w);
    return w;
  };
  return { spawn, workers };
}

const sq = (x: number): number => x * x;

describe('WorkerPool', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts workers on demand up to maxWorkers and runs queued tasks in FIFO order', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('asyncutils.config.T', spawn, 2, 1000);
    const results = [1, 2, 3, 4].map((x) => pool.submit(sq, [x], undefined));
    expect(workers).toHaveLength(2);
    expect(pool.queued).toBe(2);
    expect(workers.map((w) => w.sent.map((m) => m.args))).toEqual([[[1]], [[2]]]);
    workers[1]!.reply(4);
    expect(workers[1]!.sent.at(-1)!.args).toEqual([3]);
    workers[0]!.reply(1);
    expect(workers[0]!.sent.at(-1)!.args).toEqual([4]);
    workers[0]!.reply(16);
    workers[1]!.reply(9);
    expect(await Promise.all(results)).toEqual([1, 4, 9, 16]);
    expect(pool.size).toBe(2);
  });

  it('idle workers are unreferenced and retired after idleTimeout; busy ones are referenced', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('T', spawn, 1, 1000);
    const p = pool.submit(sq, [2], undefined);
    const w = workers[0]!;
    expect(w.referenced).toBe(true);
    w.reply(4);
    await p;
    expect(w.referenced).toBe(false);
    await vi.advanceTimersByTimeAsync(999);
    expect(w.closed).toBe(false);
    const again = pool.submit(sq, [3], undefined);
    expect(w.referenced).toBe(true);
    w.reply(9);
    await again;
    await vi.advanceTimersByTimeAsync(1000);
    expect(w.closed).toBe(true);
    w.events.exit(0);
    expect(pool.size).toBe(0);
    const third = pool.submit(sq, [4], undefined);
    expect(workers).toHaveLength(2);
    workers[1]!.reply(16);
    expect(await third).toBe(16);
  });

  it('idleTimeout Infinity keeps idle workers; no timer is left', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('T', spawn, 1, Number.POSITIVE_INFINITY);
    const p = pool.submit(sq, [2], undefined);
    workers[0]!.reply(4);
    await p;
    expect(vi.getTimerCount()).toBe(0);
    expect(workers[0]!.closed).toBe(false);
  });

  it('abort before start: rejects with the reason, leaves the queue, is never sent, and removes its listener', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('T', spawn, 1, Number.POSITIVE_INFINITY);
    const first = pool.submit(sq, [1], undefined);
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const second = track(pool.submit(sq, [2], { signal: controller.signal }));
    expect(pool.queued).toBe(1);
    controller.abort(new Error('stop'));
    await Promise.resolve();
    expect(second.state).toBe('rejected');
    expect((second.reason as Error).message).toBe('stop');
    expect(pool.queued).toBe(0);
    expect(add).toHaveBeenCalledTimes(1);
    expect(add.mock.calls[0]![2]).toEqual({ once: true });
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]![1]);
    workers[0]!.reply(1);
    expect(await first).toBe(1);
    expect(workers[0]!.sent).toHaveLength(1);
  });

  it('a task that settles normally removes its abort listener and clears its timer', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('T', spawn, 1, Number.POSITIVE_INFINITY);
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const p = pool.submit(sq, [3], { signal: controller.signal, timeout: 1000 });
    workers[0]!.reply(9);
    expect(await p).toBe(9);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an already aborted signal rejects at once without queuing', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('T', spawn, 1, 1000);
    const reason = new Error('already');
    expect(await rejection(pool.submit(sq, [1], { signal: AbortSignal.abort(reason) }))).toBe(reason);
    expect(workers).toHaveLength(0);
  });

  it('abort after start rejects; the late result is discarded and the worker goes on with the next task', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('T', spawn, 1, Number.POSITIVE_INFINITY);
    const controller = new AbortController();
    const running = track(pool.submit(sq, [5], { signal: controller.signal }));
    const next = pool.submit(sq, [6], undefined);
    controller.abort('gone');
    await Promise.resolve();
    expect(running.reason).toBe('gone');
    expect(workers[0]!.sent).toHaveLength(1);
    workers[0]!.events.message({ id: workers[0]!.sent[0]!.id, ok: true, value: 25 });
    workers[0]!.reply(36);
    expect(await next).toBe(36);
    expect(running.settlements).toBe(1);
  });

  it('timeout: TimeoutError DOMException, before or after start; timers and listeners cleaned on every path', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('asyncutils.config.T', spawn, 1, Number.POSITIVE_INFINITY);
    const controller = new AbortController();
    const slow = track(pool.submit(sq, [1], { timeout: 50, signal: controller.signal }));
    const queued = track(pool.submit(sq, [2], { timeout: 20 }));
    const done = pool.submit(sq, [3], { timeout: 1000 });
    await vi.advanceTimersByTimeAsync(20);
    expect(isDomError(queued.reason, 'TimeoutError')).toBe(true);
    expect((queued.reason as Error).message).toBe('asyncutils.config.T.submit: timed out after 20 ms');
    await vi.advanceTimersByTimeAsync(30);
    expect(isDomError(slow.reason, 'TimeoutError')).toBe(true);
    workers[0]!.reply(1);
    workers[0]!.reply(9);
    expect(await done).toBe(9);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('timeouts longer than setTimeout allows are re-armed', async () => {
    const { spawn } = fakeWorkers();
    const pool = new WorkerPool('T', spawn, 1, Number.POSITIVE_INFINITY);
    const p = track(pool.submit(sq, [1], { timeout: 2 ** 31 + 10 }));
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(p.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(p.reason, 'TimeoutError')).toBe(true);
  });

  it('shutdown: refuses new work, lets queued and running tasks finish, resolves when the workers have exited; idempotent', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('asyncutils.config.T', spawn, 1, 1000);
    const a = pool.submit(sq, [1], undefined);
    const b = pool.submit(sq, [2], undefined);
    const closed = track(pool.shutdown(true, false));
    const error = await rejection(pool.submit(sq, [3], undefined));
    expect((error as Error).message).toBe('asyncutils.config.T.submit: cannot schedule new futures after shutdown');
    workers[0]!.reply(1);
    workers[0]!.reply(4);
    expect(await Promise.all([a, b])).toEqual([1, 4]);
    expect(workers[0]!.closed).toBe(true);
    expect(workers[0]!.referenced).toBe(true);
    await Promise.resolve();
    expect(closed.state).toBe('pending');
    workers[0]!.events.exit(0);
    await closed.promise;
    await pool.shutdown(true, false);
    await pool.shutdown(false, true);
  });

  it('shutdown with cancelFutures rejects queued tasks; with wait false it resolves at once', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('asyncutils.config.T', spawn, 1, 1000);
    const running = pool.submit(sq, [1], undefined);
    const queued = pool.submit(sq, [2], undefined);
    await pool.shutdown(false, true);
    expect(((await rejection(queued)) as Error).message).toBe('asyncutils.config.T.shutdown: cancelled');
    workers[0]!.reply(1);
    expect(await running).toBe(1);
    expect(workers[0]!.closed).toBe(true);
  });

  it('a pool that never started a worker shuts down at once', async () => {
    const pool = new WorkerPool('T', fakeWorkers().spawn, 1, 1000);
    await pool.shutdown(true, false);
  });

  it('a worker that exits while running fails its task; the queue moves to a new worker', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('asyncutils.config.T', spawn, 1, 1000);
    const crashed = pool.submit(sq, [1], undefined);
    const next = pool.submit(sq, [2], undefined);
    workers[0]!.events.exit(7);
    expect(((await rejection(crashed)) as Error).message).toBe('asyncutils.config.T: worker exited unexpectedly with code 7');
    expect(workers).toHaveLength(2);
    workers[1]!.reply(4);
    expect(await next).toBe(4);
  });

  it('a worker error fails the running task and retires the worker', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('T', spawn, 1, 1000);
    const p = pool.submit(sq, [1], undefined);
    const boom = new Error('worker died');
    workers[0]!.events.error(boom);
    expect(await rejection(p)).toBe(boom);
    expect(workers[0]!.closed).toBe(true);
    workers[0]!.events.error(boom);
  });

  it('a send failure (uncloneable arguments) fails that task only', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('T', spawn, 1, 1000);
    const first = pool.submit(sq, [1], undefined);
    workers[0]!.failSend = new DOMException('could not be cloned', 'DataCloneError');
    workers[0]!.reply(1);
    expect(await first).toBe(1);
    const bad = pool.submit(sq, [() => 1], undefined);
    expect(isDomError(await rejection(bad), 'DataCloneError')).toBe(true);
    workers[0]!.failSend = undefined;
    const ok = pool.submit(sq, [3], undefined);
    workers[0]!.reply(9);
    expect(await ok).toBe(9);
  });

  it('replies that match no running task are ignored; error replies are re-created', async () => {
    const { spawn, workers } = fakeWorkers();
    const pool = new WorkerPool('T', spawn, 1, 1000);
    const p = pool.submit(sq, [1], undefined);
    workers[0]!.events.message({ id: -1, ok: true, value: 'stray' });
    workers[0]!.reply({ name: 'TypeError', message: 'bad' }, false);
    const error = await rejection(p);
    expect(error).toBeInstanceOf(TypeError);
    const q = pool.submit(sq, [1], undefined);
    workers[0]!.events.message({ id: workers[0]!.sent.at(-1)!.id, ok: false });
    expect(await rejection(q)).toBeInstanceOf(Error);
    workers[0]!.events.message({ id: 1, ok: true });
  });
});

describe('task messages and errors', () => {
  it('functions are sent as source; native and bound functions are refused', () => {
    expect(toTaskMessage('api', 1, sq, [2])).toEqual({ id: 1, fn: sq.toString(), args: [2] });
    expect((thrown(() => toTaskMessage('api', 1, Math.max, [])) as Error).message).toBe('api: max is a native or bound function, which cannot be sent to a worker');
    expect(thrown(() => toTaskMessage('api', 1, sq.bind(null), []))).toBeInstanceOf(TypeError);
  });

  it('module tasks: paths become file URLs, URLs and package names are kept, export defaults to default', () => {
    expect(toTaskMessage('api', 2, { module: '/abs/t.mjs', export: 'f' }, [])).toEqual({ id: 2, module: 'file:///abs/t.mjs', export: 'f', args: [] });
    expect(toTaskMessage('api', 3, { module: './t.mjs' }, []).module).toBe(new URL('t.mjs', `file://${process.cwd()}/`).href);
    expect(toTaskMessage('api', 4, { module: new URL('file:///x/y.js') }, []).module).toBe('file:///x/y.js');
    expect(toTaskMessage('api', 5, { module: 'some-package' }, [])).toEqual({ id: 5, module: 'some-package', export: 'default', args: [] });
  });

  it('refuses bad tasks and arguments', () => {
    expect(thrown(() => toTaskMessage('api', 1, sq, 'x'))).toBeInstanceOf(TypeError);
    expect(thrown(() => toTaskMessage('api', 1, 42, []))).toBeInstanceOf(TypeError);
    expect(thrown(() => toTaskMessage('api', 1, { module: '' }, []))).toBeInstanceOf(TypeError);
    expect(thrown(() => toTaskMessage('api', 1, { module: 'x', export: '' }, []))).toBeInstanceOf(TypeError);
  });

  it('reviveError re-creates built-in errors, DOMExceptions and other names, keeping stack and code', () => {
    const range = reviveError({ name: 'RangeError', message: 'x', stack: 'RangeError: x\n    at worker', code: 'E_X' }) as Error & { code?: string };
    expect(range).toBeInstanceOf(RangeError);
    expect(range).toMatchObject({ message: 'x', stack: 'RangeError: x\n    at worker', code: 'E_X' });
    const dom = reviveError({ name: 'DataCloneError', message: 'nope', dom: true });
    expect(isDomError(dom, 'DataCloneError')).toBe(true);
    const custom = reviveError({ name: 'QueueEmpty', message: 'empty' }) as Error;
    expect(custom).toBeInstanceOf(Error);
    expect(custom.name).toBe('QueueEmpty');
    expect(reviveError({ isThrown: true, thrown: 'a string' })).toBe('a string');
    expect(reviveError({})).toBeInstanceOf(Error);
  });
});
