// `useAsyncLocalStorage()`: install `node:async_hooks`' AsyncLocalStorage as the scope mechanism. The one
// module of the package that imports a Node module; only the `@asyncutils/context/node` entry reaches it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { contextState } from './createState.js';
import { type ContextFrame } from './state.js';

/**
 * Makes `localContext` scopes follow async work through a new `AsyncLocalStorage` from
 * `node:async_hooks` (reported by `contextScopeKind()` as `'async-local-storage'`).
 *
 * @remarks
 * Detection already finds `AsyncLocalStorage` on Node ≥ 20.16, Bun and Deno (through
 * `process.getBuiltinModule`); call this on older Node 20 releases, or where `process` is hidden, at
 * start-up and outside any scope. Exported only from `@asyncutils/context/node`, so the main entry stays
 * free of Node imports.
 *
 * @throws Error `asyncutils.context: cannot change the scope provider inside a scope` when called inside
 * a `localContext` scope.
 *
 * @example
 * ```ts
 * import { contextScopeKind } from '@asyncutils/context';
 * import { useAsyncLocalStorage } from '@asyncutils/context/node';
 *
 * useAsyncLocalStorage();
 * contextScopeKind(); // 'async-local-storage'
 * ```
 */
export function useAsyncLocalStorage(): void {
  const storage = new AsyncLocalStorage<ContextFrame>();
  contextState().setScopeProvider(
    { run: (frame, fn) => storage.run(frame as ContextFrame, fn), get: () => storage.getStore() },
    'async-local-storage',
  );
}
