// The iterator plumbing of @asyncutils/base: results that may or may not be promises, and the wrapper that
// turns a hand-written async iterator into a real `AsyncGenerator` object.

/** One step of an internal iterator: a result, or a promise for one (plain results skip a promise). */
export type Step<T> = IteratorResult<T, unknown> | Promise<IteratorResult<T, unknown>>;

/** An iterator whose steps may be synchronous; `yield*` awaits each step, so it can be delegated to. */
export interface StepIterator<T> {
  next(value?: unknown): Step<T>;
  throw(error: unknown): Step<T>;
  return(value?: unknown): Step<T>;
  [Symbol.asyncIterator](): StepIterator<T>;
}

/** The shared final result. */
export const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/** A final result carrying `value` (what `return(value)` answers). */
export function doneWith(value: unknown): IteratorReturnResult<unknown> {
  return value === undefined ? DONE : { done: true, value };
}

/** Whether a step is still to be awaited. */
export function isPending<T>(step: Step<T>): step is Promise<IteratorResult<T, unknown>> {
  return step instanceof Promise;
}

/** Whether `value` is an object or function (the only values that can carry methods or be results). */
export function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/** Whether `value` is a thenable. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return isObject(value) && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * A real async generator object (`typeName` `'AsyncGenerator'`, queued `next` calls, `Symbol.asyncDispose`)
 * that delegates `next(v)`, `throw(e)` and `return(v)` to `inner` with `yield*`. Unlike `yield`, `yield*`
 * does not await the items, so promise items pass through unchanged. `inner` is first touched by the first
 * `next()` (a generator closed before it starts never touches it).
 */
export async function* delegate<T>(inner: StepIterator<T>): AsyncGenerator<T, void, unknown> {
  yield* inner as unknown as AsyncIterable<T>;
}
