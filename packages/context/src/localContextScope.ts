// `localContext(changes, fn)`: run `fn` in a new scope whose context is the current one plus `changes`.
import { type Context, deriveContext } from './Context.js';
import type { ContextChanges } from './ContextValues.js';
import { describeValue } from './describeValue.js';
import { contextState } from './createState.js';
import { type BrandedContext, contextBrand, isBrandedContext } from './state.js';

/**
 * Runs `fn` in a new scope whose context is a copy of the current one plus `changes`, and returns what
 * `fn` returns (a promise is returned as is).
 *
 * @remarks
 * The port of Python's `with LocalContext(**changes):`. Every handle read (`X.get()`) and `getcontext()`
 * call made by `fn` sees the scope's context, and so does every continuation and task `fn` starts (awaits,
 * timers, promise callbacks) where the runtime can carry a scope across async work (see
 * `contextScopeKind`: `AsyncContext` or `AsyncLocalStorage`). Concurrent scopes never see each other's
 * values, and code outside sees none of them. With the `'sync'` fallback (browsers today) the scope covers
 * only `fn`'s synchronous part: code after its first `await` sees the outer context.
 *
 * All changes are validated before `fn` runs; on an error `fn` does not run.
 *
 * @param changes - Constants and values for the scope (durations in ms).
 * @param fn - The code to run in the scope.
 * @returns `fn`'s result, unchanged.
 * @throws TypeError when `fn` is not a function, `changes` is not a plain object, or a value has the wrong
 * type; RangeError for an unknown name or a value out of range.
 *
 * @example
 * ```ts
 * import { localContext, RETRY_DEFAULT_TRIES } from '@asyncutils/context';
 *
 * const tries = await localContext({ RETRY_DEFAULT_TRIES: 10 }, async () => {
 *   await fetch('https://example.com');
 *   return RETRY_DEFAULT_TRIES.get(); // 10 (AsyncLocalStorage / AsyncContext runtimes)
 * });
 * RETRY_DEFAULT_TRIES.get(); // 3 out here
 * ```
 */
export function localContext<R>(changes: ContextChanges, fn: () => R): R;
/**
 * Runs `fn` in a new scope whose context is `ctx` itself (not a copy), and returns what `fn` returns.
 *
 * @remarks
 * As the other overload, with a prepared context: assignments to `ctx` (or to `getcontext()` inside the
 * scope) are visible to every scope running with `ctx`.
 *
 * @param ctx - The scope's context.
 * @param fn - The code to run in the scope.
 * @returns `fn`'s result, unchanged.
 * @throws TypeError when `fn` is not a function.
 *
 * @example
 * ```ts
 * import { Context, localContext, getcontext } from '@asyncutils/context';
 *
 * const ctx = new Context({ BENCHMARK_DEFAULT_TIMES: 10 });
 * localContext(ctx, () => getcontext() === ctx); // true
 * ```
 */
export function localContext<R>(ctx: Context, fn: () => R): R;
export function localContext<R>(changes: ContextChanges | Context, fn: () => R): R {
  const api = 'asyncutils.context.localContext';
  if (typeof fn !== 'function') throw new TypeError(`${api}: fn must be a function, got ${describeValue(fn)}`);
  const state = contextState();
  const ctx: BrandedContext = isBrandedContext(changes)
    ? changes
    : (deriveContext(api, state.frame().ctx?.[contextBrand], changes, false) as unknown as BrandedContext);
  return state.run({ ctx }, fn);
}
