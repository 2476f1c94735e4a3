// `ExecutorRunner`: the type of `ExecutorRequiredAsyncContextMixin.runner`.

/**
 * Runs `fn(...args)` somewhere else (a later macrotask, a worker, a work queue) and resolves or rejects
 * with its result: the type of `ExecutorRequiredAsyncContextMixin.runner` (Python's `runner`,
 * `loop.run_in_executor` bound to an executor).
 *
 * @example
 * ```ts
 * const runner: ExecutorRunner = (fn, ...args) =>
 *   new Promise((resolve, reject) => {
 *     queueMicrotask(() => {
 *       try { resolve(fn(...args) as never); } catch (error) { reject(error); }
 *     });
 *   });
 * await runner((a: number, b: number) => a + b, 1, 2); // 3
 * ```
 */
export type ExecutorRunner = <A extends unknown[], R>(fn: (...args: A) => R, ...args: A) => Promise<Awaited<R>>;
