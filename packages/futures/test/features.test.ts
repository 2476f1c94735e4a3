import { hasAuditHooks, objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { afterEach, describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import {
  AsyncCallbacksFuture,
  AsyncCallbacksTask,
  EagerAsyncCallbacksFuture,
  EagerAsyncCallbacksTask,
  EagerTimeAwareAsyncCallbacksTask,
  Future,
  Task,
  TimeAwareAsyncCallbacksFuture,
  TimeAwareFuture,
  TimeAwareTask,
  UniqueCallbacksFuture,
  UniqueCallbacksTask,
} from '../src/index.js';
import { CALLBACKS, EAGER, TASK, TIME_AWARE, UNIQUE, featuresOf, nameOf, scheduleEvent } from '../src/features.js';
import { recordEvents } from './support/helpers.js';
import { loadAnotherCopy } from './support/kit.js';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

const w = async (): Promise<number> => 1;
type AnyFutureClass = new (work: () => Promise<number>) => Future<number>;
const classes = Object.entries(api) as [string, AnyFutureClass][];

/** Settles `fut` (a task by finishing its work) and returns the events it raised. */
async function eventsOf(make: () => Future<number>): Promise<string[]> {
  using rec = recordEvents();
  const fut = make();
  if (fut instanceof Task) await fut;
  else fut.setResult(1);
  await flush();
  expect(rec.events.every((e) => e.args.length === 1 && e.args[0] === objectId(fut))).toBe(true);
  return rec.events.map((e) => e.event);
}

describe('feature sets', () => {
  it('check 12: the event name of each class is the nearest of the four seed events; plain classes raise none', async () => {
    const prefix = 'asyncutils.futures.';
    const suffix = '/schedule_callbacks';
    expect(await eventsOf(() => new EagerAsyncCallbacksFuture())).toEqual([`${prefix}EagerAsyncCallbacksFuture${suffix}`]);
    expect(await eventsOf(() => new AsyncCallbacksTask(w))).toEqual([`${prefix}AsyncCallbacksTask${suffix}`]);
    expect(await eventsOf(() => new EagerAsyncCallbacksTask(w))).toEqual([`${prefix}EagerAsyncCallbacksTask${suffix}`]);
    expect(await eventsOf(() => new TimeAwareAsyncCallbacksFuture())).toEqual([`${prefix}AsyncCallbacksFuture${suffix}`]);
    expect(await eventsOf(() => new UniqueCallbacksFuture())).toEqual([`${prefix}AsyncCallbacksFuture${suffix}`]);
    expect(await eventsOf(() => new EagerTimeAwareAsyncCallbacksTask(w))).toEqual([`${prefix}EagerAsyncCallbacksTask${suffix}`]);
    class My<T> extends AsyncCallbacksFuture<T> {}
    expect(await eventsOf(() => new My())).toEqual([`${prefix}AsyncCallbacksFuture${suffix}`]);
    class MyTask<T> extends UniqueCallbacksTask<T> {}
    expect(await eventsOf(() => new MyTask(w))).toEqual([`${prefix}AsyncCallbacksTask${suffix}`]);
    for (const make of [() => new Future<number>(), () => new Task(w), () => new TimeAwareFuture<number>(), () => new TimeAwareTask(w)]) {
      expect(await eventsOf(make)).toEqual([]);
    }
  });

  it('regression: a user subclass raises its base\'s seed event (upstream: its own, unlisted name)', async () => {
    class Custom<T> extends EagerAsyncCallbacksFuture<T> {}
    expect(await eventsOf(() => new Custom())).toEqual(['asyncutils.futures.EagerAsyncCallbacksFuture/schedule_callbacks']);
  });

  it('check 24: instanceof holds exactly when the features include the class\'s', () => {
    const task = new EagerTimeAwareAsyncCallbacksTask(w);
    for (const C of [Future, Task, TimeAwareTask, TimeAwareFuture, AsyncCallbacksFuture, AsyncCallbacksTask, EagerAsyncCallbacksFuture, TimeAwareAsyncCallbacksFuture]) {
      expect(task instanceof C, C.name).toBe(true);
    }
    expect(task instanceof UniqueCallbacksFuture).toBe(false);
    expect(new UniqueCallbacksTask(w) instanceof AsyncCallbacksFuture).toBe(true);
    expect(new Future() instanceof Task).toBe(false);
    expect(new Task(w) instanceof TimeAwareTask).toBe(false);
  });

  it('regression: multiple inheritance becomes the feature-set rule, for all 16 × 16 pairs', () => {
    const bitsOf = (C: AnyFutureClass): number => featuresOf(C.prototype);
    for (const [name, C] of classes) {
      const instance = new C(w);
      expect(instance.constructor).toBe(C);
      expect(C.name).toBe(name);
      expect(nameOf(instance)).toBe(name);
      for (const [other, D] of classes) {
        const expected = (bitsOf(C) & bitsOf(D)) === bitsOf(D);
        expect(instance instanceof D, `${name} instanceof ${other}`).toBe(expected);
      }
    }
  });

  it('a class\'s prototype is no instance of that class; non-futures and hostile values are no futures', () => {
    expect(AsyncCallbacksFuture.prototype instanceof AsyncCallbacksFuture).toBe(false);
    expect(AsyncCallbacksTask.prototype instanceof Future).toBe(true);
    for (const value of [null, undefined, 1, 'x', {}, () => {}, Promise.resolve()]) expect(value instanceof Future).toBe(false);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(hostile instanceof Future).toBe(false);
  });

  it('a user subclass uses the ordinary prototype-chain check and keeps its base\'s features', () => {
    class Mine<T> extends AsyncCallbacksFuture<T> {}
    const mine = new Mine<number>();
    expect(mine instanceof Mine).toBe(true);
    expect(mine instanceof AsyncCallbacksFuture).toBe(true);
    expect(new AsyncCallbacksFuture() instanceof Mine).toBe(false);
    expect(mine.constructor.name).toBe('Mine');
    expect(String(mine)).toBe('asyncutils.futures.AsyncCallbacksFuture(pending)');
    expect(featuresOf(mine)).toBe(CALLBACKS);
  });

  it('instances of another copy of the package match this copy\'s classes', async () => {
    const other = await loadAnotherCopy();
    expect(other.Future).not.toBe(Future);
    const task = new other.EagerTimeAwareAsyncCallbacksTask(w);
    expect(task instanceof Future).toBe(true);
    expect(task instanceof AsyncCallbacksTask).toBe(true);
    expect(task instanceof UniqueCallbacksFuture).toBe(false);
    expect(new Future() instanceof other.Future).toBe(true);
    expect(new Future() instanceof other.Task).toBe(false);
    expect(await task).toBe(1);
  });

  it('featuresOf, nameOf and scheduleEvent', () => {
    expect(featuresOf({})).toBe(0);
    expect(nameOf({})).toBe('Future');
    expect(featuresOf(new EagerTimeAwareAsyncCallbacksTask(w))).toBe(TASK | CALLBACKS | EAGER | TIME_AWARE);
    expect(featuresOf(new UniqueCallbacksFuture())).toBe(CALLBACKS | UNIQUE);
    expect(scheduleEvent(CALLBACKS)).toBe('asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks');
    expect(scheduleEvent(CALLBACKS | TASK | UNIQUE)).toBe('asyncutils.futures.AsyncCallbacksTask/schedule_callbacks');
    expect(scheduleEvent(CALLBACKS | EAGER | TIME_AWARE)).toBe('asyncutils.futures.EagerAsyncCallbacksFuture/schedule_callbacks');
    expect(scheduleEvent(CALLBACKS | EAGER | TASK)).toBe('asyncutils.futures.EagerAsyncCallbacksTask/schedule_callbacks');
  });
});
