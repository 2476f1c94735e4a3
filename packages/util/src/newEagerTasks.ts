// `newEagerTasks`: eagerly started tasks, one per item (Python's `new_eager_tasks`).
import { Task } from '@asyncutils/futures';
import { getFuture } from './getFuture.js';

/**
 * Lazily produces one started `Task` per item: a function item is a work function called synchronously
 * when its task is produced (`new Task(item, { eager: true })`, called with the task's `AbortSignal`);
 * any other item is wrapped as {@link getFuture} does.
 *
 * @remarks
 * Items become tasks only as the generator advances (`next()`), in order. Python's version switches the
 * running loop's task factory to eager as a side effect; here eagerness is a property of each task, and
 * nothing global changes.
 *
 * @param items - Work functions, promises, thenables or values.
 * @returns A generator of tasks.
 *
 * @example
 * ```ts
 * import { newEagerTasks } from '@asyncutils/util';
 *
 * const tasks = [...newEagerTasks(() => 1, Promise.resolve(2), 3)];
 * await Promise.all(tasks); // [1, 2, 3]
 * ```
 */
export function* newEagerTasks<T>(...items: (T | PromiseLike<T> | ((signal: AbortSignal) => T | PromiseLike<T>))[]): Generator<Task<Awaited<T>>, void, undefined> {
  for (const item of items) {
    if (typeof item === 'function') yield new Task<Awaited<T>>(item as (signal: AbortSignal) => Awaited<T> | PromiseLike<Awaited<T>>, { eager: true });
    else yield getFuture(item as T | PromiseLike<T>) as Task<Awaited<T>>;
  }
}
