// `makeTaskFactory`: a function creating tasks of a given class, eager or not (Python's `make_task_factory`).
import { MAKE_TASK_FACTORY_DEFAULT_EAGER } from '@asyncutils/context';
import type { Task, TaskOptions, TaskWork } from '@asyncutils/futures';
import { checkBoolean, checkFunction } from './validate.js';

/**
 * A function creating tasks of one class: `(work, opts?) => task` (see {@link makeTaskFactory}).
 *
 * @typeParam K - The instance type of the task class (e.g. `AsyncCallbacksTask<unknown>`); the created task
 * is typed as that class and as a `Task` of the work's result.
 *
 * @example
 * ```ts
 * import { AsyncCallbacksTask } from '@asyncutils/futures';
 * import { makeTaskFactory, type TaskFactory } from '@asyncutils/util';
 *
 * const create: TaskFactory<AsyncCallbacksTask<unknown>> = makeTaskFactory(AsyncCallbacksTask);
 * const task = create(() => 5);
 * task.addNoargsCallback(() => console.log('finished'));
 * await task; // 5
 * ```
 */
export type TaskFactory<K extends Task<unknown> = Task<unknown>> = <T>(work: TaskWork<T>, opts?: TaskOptions) => Task<T> & K;

/**
 * Returns a factory creating instances of `TaskClass` with `eager` as the default start mode: the
 * JavaScript form of asyncio task factories (`loop.set_task_factory`), called directly instead of being
 * installed on a loop.
 *
 * @remarks
 * Each call is `new TaskClass(work, { ...opts, eager: opts?.eager ?? eager })`, so a per-call `eager`
 * overrides the factory's.
 *
 * @param TaskClass - `Task` or a subclass (any class of `@asyncutils/futures` with the task feature).
 * @param eager - Whether work functions start synchronously inside the constructor.
 * @defaultValue `eager`: `MAKE_TASK_FACTORY_DEFAULT_EAGER` (`false`), read when `makeTaskFactory` is called
 * @returns The factory.
 * @throws `TypeError` when `TaskClass` is not a function or `eager` not a boolean.
 *
 * @example
 * ```ts
 * import { Task } from '@asyncutils/futures';
 * import { makeTaskFactory } from '@asyncutils/util';
 *
 * const eagerTask = makeTaskFactory(Task, true);
 * let started = false;
 * const t = eagerTask(() => (started = true));
 * started; // true: the work ran inside the constructor
 * const lazy = eagerTask(() => 1, { eager: false }); // starts in a microtask
 * ```
 */
export function makeTaskFactory<K extends Task<unknown>>(TaskClass: new (work: TaskWork<unknown>, opts?: TaskOptions) => K, eager?: boolean): TaskFactory<K> {
  checkFunction('make_task_factory', TaskClass, 'TaskClass');
  checkBoolean('make_task_factory', eager, 'eager');
  const byDefault = eager ?? MAKE_TASK_FACTORY_DEFAULT_EAGER.get();
  const Cls = TaskClass as unknown as new <T>(work: TaskWork<T>, opts?: TaskOptions) => Task<T> & K;
  return <T>(work: TaskWork<T>, opts?: TaskOptions): Task<T> & K => new Cls<T>(work, { ...opts, eager: opts?.eager ?? byDefault });
}
