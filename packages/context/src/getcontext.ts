// `getcontext()`: the current scope's `Context`.
import { Context } from './Context.js';
import { contextState } from './createState.js';
import { type BrandedContext } from './state.js';

/**
 * Returns the current scope's context: inside a `localContext` call, that call's context; elsewhere the
 * realm-wide root context.
 *
 * @remarks
 * The root context is created (empty: every field follows the defaults) on the first call; later calls in
 * the same scope return the same object, so assignments to it last (`getcontext().X = …` at top level
 * changes `X` for the whole realm, including concurrent async work). Library code reads single values with
 * handles (`X.get()`), which is cheaper and keeps the other defaults out of bundles.
 *
 * @returns The current context (the object itself, not a copy).
 *
 * @example
 * ```ts
 * import { getcontext, localContext } from '@asyncutils/context';
 *
 * getcontext() === getcontext(); // true
 * getcontext().RWLOCK_DEFAULT_PREFER_WRITERS; // true
 * localContext({ RWLOCK_DEFAULT_PREFER_WRITERS: false }, () => getcontext().RWLOCK_DEFAULT_PREFER_WRITERS); // false
 * ```
 */
export function getcontext(): Context {
  const frame = contextState().frame();
  return (frame.ctx ??= new Context() as unknown as BrandedContext) as unknown as Context;
}
