// `anullcontext`: an async disposable that does nothing (Python's `anullcontext`).

/**
 * A frozen async disposable whose `[Symbol.asyncDispose]()` does nothing: the stand-in resource for
 * `await using` when there is nothing to manage (Python's `anullcontext`, like `contextlib.nullcontext`).
 *
 * @remarks
 * One shared object; unlike Python it is not callable (`anullcontext()` there returns itself).
 *
 * @example
 * ```ts
 * import { anullcontext } from '@asyncutils/util';
 *
 * async function run(resource?: AsyncDisposable): Promise<void> {
 *   await using _ = resource ?? anullcontext;
 *   // … work …
 * }
 * ```
 */
export const anullcontext: AsyncDisposable = /* @__PURE__ */ Object.freeze({
  async [Symbol.asyncDispose](): Promise<void> {},
});
