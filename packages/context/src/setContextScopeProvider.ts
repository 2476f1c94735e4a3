// `setContextScopeProvider(p)`: choose how `localContext` scopes follow async work.
import { describeValue } from './describeValue.js';
import { contextState } from './createState.js';

/**
 * A mechanism that carries a value across async work, in the shape of `AsyncLocalStorage` and
 * `AsyncContext.Variable`: `run(frame, fn)` makes `frame` current for `fn`'s synchronous part and every
 * continuation and task created inside it; `get()` returns the current frame (`undefined` outside any).
 *
 * @remarks
 * The frames are opaque objects owned by this package; store and return them unchanged. Use a storage
 * of your own for the provider: `get()` must return only what `run` was given.
 *
 * @example
 * ```ts
 * import { AsyncLocalStorage } from 'node:async_hooks';
 * import { setContextScopeProvider, type ContextScopeProvider } from '@asyncutils/context';
 *
 * const storage = new AsyncLocalStorage<object>();
 * const provider: ContextScopeProvider = {
 *   run: (frame, fn) => storage.run(frame, fn),
 *   get: () => storage.getStore(),
 * };
 * setContextScopeProvider(provider);
 * ```
 */
export interface ContextScopeProvider {
  /** Runs `fn` with `frame` current; returns what `fn` returns. */
  run<R>(frame: object, fn: () => R): R;
  /** The current frame, or `undefined` outside any `run`. */
  get(): object | undefined;
}

/**
 * Chooses how `localContext` scopes follow async work, for the whole realm.
 *
 * @remarks
 * - a {@link ContextScopeProvider}: use it (`contextScopeKind()` reports `'custom'`);
 * - `'sync'`: the synchronous fallback, where a scope ends when its callback returns, so code after the
 *   callback's first `await` sees the outer context;
 * - `'auto'`: detect again (see `contextScopeKind`).
 *
 * Scopes already running keep nothing of the old mechanism: call it at start-up, outside any scope.
 *
 * @param provider - The provider, `'sync'` or `'auto'`.
 * @throws TypeError when `provider` is neither a string nor an object with `run` and `get` methods.
 * @throws RangeError for a string other than `'auto'` and `'sync'`.
 * @throws Error `asyncutils.context: cannot change the scope provider inside a scope` when called inside a
 * `localContext` scope.
 *
 * @example
 * ```ts
 * import { contextScopeKind, setContextScopeProvider } from '@asyncutils/context';
 *
 * setContextScopeProvider('sync'); // e.g. to measure the cost of AsyncLocalStorage
 * contextScopeKind(); // 'sync'
 * setContextScopeProvider('auto');
 * ```
 */
export function setContextScopeProvider(provider: ContextScopeProvider | 'auto' | 'sync'): void {
  const api = 'asyncutils.context.setContextScopeProvider';
  if (typeof provider === 'string') {
    if (provider !== 'auto' && provider !== 'sync') {
      throw new RangeError(`${api}: provider must be 'auto', 'sync' or a provider object, got ${describeValue(provider)}`);
    }
  } else if (
    typeof provider !== 'object' ||
    provider === null ||
    typeof (provider as Partial<ContextScopeProvider>).run !== 'function' ||
    typeof (provider as Partial<ContextScopeProvider>).get !== 'function'
  ) {
    throw new TypeError(`${api}: provider must be 'auto', 'sync' or an object with run and get methods, got ${describeValue(provider)}`);
  }
  contextState().setScopeProvider(provider, 'custom');
}
