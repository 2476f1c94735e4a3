// `contextScopeKind()`: which mechanism carries `localContext` scopes across async work.
import { contextState } from './createState.js';

/**
 * The mechanism that makes a `localContext` scope follow async work.
 *
 * @remarks
 * - `'async-context'`: the TC39 `AsyncContext.Variable` of the runtime.
 * - `'async-local-storage'`: an `AsyncLocalStorage` (a global one on edge runtimes, `node:async_hooks`'
 *   one on Node ≥ 20.16, Bun and Deno, or the one `useAsyncLocalStorage()` installed).
 * - `'custom'`: a provider installed with `setContextScopeProvider`.
 * - `'sync'`: the fallback: a scope covers only the synchronous part of its callback.
 *
 * @example
 * ```ts
 * import { contextScopeKind, type ContextScopeKind } from '@asyncutils/context';
 *
 * const kind: ContextScopeKind = contextScopeKind();
 * if (kind === 'sync') console.warn('scoped context values end at the first await');
 * ```
 */
export type ContextScopeKind = 'async-context' | 'async-local-storage' | 'custom' | 'sync';

/**
 * Returns which mechanism carries `localContext` scopes across async work in this realm.
 *
 * @remarks
 * The first call (or the first `localContext`/`LocalContext#run`) detects the mechanism once, by reading
 * properties of `globalThis` only: `AsyncContext.Variable`, else a global `AsyncLocalStorage`, else
 * `process.getBuiltinModule('async_hooks').AsyncLocalStorage`, else the synchronous fallback. Detection
 * imports nothing, so bundles of this package carry no Node dependency.
 *
 * @returns The kind of the mechanism in use.
 *
 * @example
 * ```ts
 * import { contextScopeKind } from '@asyncutils/context';
 *
 * contextScopeKind(); // 'async-local-storage' on Node 20.16+, 'sync' in a browser without AsyncContext
 * ```
 */
export function contextScopeKind(): ContextScopeKind {
  return contextState().scopeKind();
}
