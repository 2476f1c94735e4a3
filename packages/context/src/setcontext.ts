// `setcontext(ctx)`: make a `Context` current in the current scope.
import type { Context } from './Context.js';
import { describeValue } from './describeValue.js';
import { contextState } from './createState.js';
import { isBrandedContext } from './state.js';

/**
 * Makes `ctx` (the object itself, not a copy) the current scope's context.
 *
 * @remarks
 * Inside a `localContext` call this changes only that call's scope (and the async work it started);
 * outside any, it replaces the realm-wide root context. To change values for a block of code, prefer
 * `localContext` or `using lc = new LocalContext({ … }).enter()`, which restore the previous context.
 *
 * @param ctx - A `Context` (of any installed copy of the package).
 * @throws TypeError `asyncutils.context.setcontext: ctx must be an instance of asyncutils.context.Context`
 * for anything else.
 *
 * @example
 * ```ts
 * import { Context, getcontext, setcontext, RETRY_DEFAULT_TRIES } from '@asyncutils/context';
 *
 * const saved = getcontext();
 * setcontext(new Context({ RETRY_DEFAULT_TRIES: 1 }));
 * RETRY_DEFAULT_TRIES.get(); // 1
 * setcontext(saved);
 * ```
 */
export function setcontext(ctx: Context): void {
  if (!isBrandedContext(ctx)) {
    throw new TypeError(`asyncutils.context.setcontext: ctx must be an instance of asyncutils.context.Context, got ${describeValue(ctx)}`);
  }
  contextState().frame().ctx = ctx;
}
