import { describe, expectTypeOf, it } from 'vitest';
import {
  AsyncCallbacksFuture,
  AsyncCallbacksTask,
  EagerTimeAwareAsyncCallbacksTask,
  Future,
  Task,
  TimeAwareFuture,
  TimeAwareTask,
  UniqueCallbacksFuture,
  type FutureCallbackContext,
  type FutureCallbackOptions,
  type FutureState,
  type TaskOptions,
  type TaskWork,
  type TimeAware,
} from '../src/index.js';

describe('types', () => {
  it('Future<T> is a covariant thenable', async () => {
    const fut = new Future<number>();
    expectTypeOf(fut).toMatchTypeOf<PromiseLike<number>>();
    expectTypeOf(await fut).toEqualTypeOf<number>();
    expectTypeOf(fut.promise).toEqualTypeOf<Promise<number>>();
    expectTypeOf(fut.result()).toEqualTypeOf<number>();
    expectTypeOf(fut.exception()).toEqualTypeOf<unknown>();
    expectTypeOf(fut.state).toEqualTypeOf<FutureState>();
    const widened: Future<unknown> = fut;
    const fromTask: Future<number> = new Task(() => 1);
    void widened;
    void fromTask;
    // @ts-expect-error -- the result type is checked
    fut.setResult('x');
    expectTypeOf(fut.then((v) => String(v))).toEqualTypeOf<Promise<string>>();
  });

  it('callbacks receive the future with its own type', () => {
    const fut = new AsyncCallbacksFuture<string>();
    fut.addAsyncCallback(async (f) => expectTypeOf(f).toEqualTypeOf<AsyncCallbacksFuture<string>>());
    fut.addDoneCallback((f) => expectTypeOf(f.result()).toEqualTypeOf<string>());
    fut.addNoargsCallback(() => 1);
    // @ts-expect-error -- no-argument callbacks take no argument
    fut.addNoargsCallback((x: number) => x);
    // @ts-expect-error -- a plain Future has no async callbacks
    new Future<number>().addAsyncCallback(() => {});
    expectTypeOf(fut.removeAsyncCallback(() => {})).toEqualTypeOf<number>();
    const options: FutureCallbackOptions = { context: (fn) => fn() };
    const context: FutureCallbackContext = (fn) => fn();
    fut.addNoargsAsyncCallback(async () => {}, { context });
    fut.addDoneCallback(() => {}, options);
  });

  it('tasks infer the result from the work', () => {
    expectTypeOf(new Task(() => 1)).toEqualTypeOf<Task<number>>();
    expectTypeOf(new Task(async (signal) => signal.aborted)).toEqualTypeOf<Task<boolean>>();
    expectTypeOf(new Task(Promise.resolve('s'))).toEqualTypeOf<Task<string>>();
    const work: TaskWork<number> = (signal: AbortSignal) => (signal.aborted ? 0 : Promise.resolve(1));
    const options: TaskOptions = { name: 'n', eager: true, signal: new AbortController().signal };
    expectTypeOf(new AsyncCallbacksTask(work, options)).toEqualTypeOf<AsyncCallbacksTask<number>>();
    expectTypeOf(new Task(work).signal).toEqualTypeOf<AbortSignal>();
    // @ts-expect-error -- work must be a function or a thenable
    new Task(42);
    // Tasks are settled by their work: setResult always throws.
    expectTypeOf(new Task(work).setResult).returns.toEqualTypeOf<never>();
  });

  it('structural relations follow features; instanceof narrows', () => {
    const t = new EagerTimeAwareAsyncCallbacksTask(async () => 1);
    const a: AsyncCallbacksFuture<number> = t;
    const b: TimeAwareTask<number> = t;
    const c: TimeAware = t;
    const d: TimeAwareFuture<number> = t;
    void [a, b, c, d];
    const x: unknown = t;
    if (x instanceof UniqueCallbacksFuture) expectTypeOf(x).toEqualTypeOf<UniqueCallbacksFuture<unknown>>();
    if (x instanceof Task) expectTypeOf(x.name).toEqualTypeOf<string>();
    expectTypeOf(t.lt).parameter(0).toEqualTypeOf<TimeAware>();
    expectTypeOf(Future.onCallbackError).toEqualTypeOf<(error: unknown, future: Future<unknown>) => void>();
  });
});
