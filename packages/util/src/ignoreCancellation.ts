// `ignoreCancellation`: an `IgnoreErrors` that swallows abort errors (Python's `ignore_cancellation`).
import { AbortErrorLike, IgnoreErrors } from '@asyncutils/exceptions';

/**
 * An `IgnoreErrors` of `@asyncutils/exceptions` that suppresses cancellations — errors named
 * `'AbortError'`, such as the `DOMException` an aborted `AbortSignal` rejects with — and nothing else.
 *
 * @remarks
 * Python's `ignore_cancellation` suppresses `asyncio.CancelledError`; in this library cancellation is the
 * abort reason, by default a `DOMException` named `AbortError`. Matching uses the `AbortErrorLike`
 * category (any object whose `name` is `'AbortError'`, so Node's own `AbortError`s too); a
 * `TimeoutError`, a custom abort reason of another kind, or any other error propagates. Use `run`, `wrap`
 * or `handle` (a `using` block cannot swallow errors).
 *
 * @example
 * ```ts
 * import { ignoreCancellation } from '@asyncutils/util';
 *
 * const ctrl = new AbortController();
 * const pending = new Promise((_, reject) => ctrl.signal.addEventListener('abort', () => reject(ctrl.signal.reason)));
 * ctrl.abort();
 * await pending.catch(ignoreCancellation.handle); // undefined: the abort is swallowed
 * ```
 */
export const ignoreCancellation: IgnoreErrors = /* @__PURE__ */ new IgnoreErrors(AbortErrorLike);
