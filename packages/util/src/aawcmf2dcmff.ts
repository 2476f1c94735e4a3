// `aawcmf2dcmff` and `aawcmf2dcmf`: functions returning (a promise of) a disposable → manager factories.
import { functionName, typeName } from '@asyncutils/audit';
import type { DualContextManager } from './DualContextManager.js';
import { dualcontextmanager, type DualContextManagerOptions } from './dcm.js';
import { checkFunction, copyName, QUAL } from './validate.js';

const API = 'aawcmf2dcmff';

/** Whether `value` has a callable `key`. */
function hasMethod(value: unknown, key: symbol): boolean {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as Record<symbol, unknown>)[key] === 'function';
}

/**
 * Returns a decorator that turns a function returning a disposable — or a promise of one — into a factory
 * of {@link DualContextManager}s managing that disposable. (The name is Python's: "async awaitable context
 * manager function to dual context manager factory factory".)
 *
 * @remarks
 * Entering a manager of the factory (`enterAsync()`, `runAsync(fn)`, `await using`) calls `f` with the
 * factory's `this` and arguments, awaits its result, requires it to have `[Symbol.asyncDispose]` or
 * `[Symbol.dispose]` (else the entry rejects with `TypeError`), and yields the disposable itself as
 * `value` (JavaScript resources are their own handles). Exiting — with or without an error — disposes it,
 * preferring `Symbol.asyncDispose`; disposal never suppresses the error. These managers can only be entered
 * asynchronously (`enter()` throws `TypeError`).
 *
 * @param opts - Options of the underlying {@link dualcontextmanager}.
 * @returns The decorator: `f => (...args) => DualContextManager`.
 * @throws `TypeError` when an option has the wrong type; the decorator throws `TypeError` when given a
 * non-function.
 *
 * @example
 * ```ts
 * import { aawcmf2dcmff } from '@asyncutils/util';
 *
 * const connect = aawcmf2dcmff()(async (url: string) => ({
 *   url,
 *   async [Symbol.asyncDispose]() { console.log('closed', url); },
 * }));
 * await connect('db://x').runAsync((conn) => conn.url); // 'db://x', then logs 'closed db://x'
 * ```
 */
export function aawcmf2dcmff(opts?: DualContextManagerOptions): <A extends unknown[], D>(f: (...args: A) => D | PromiseLike<D>) => (...args: A) => DualContextManager<D> {
  const decorate = dualcontextmanager(opts);
  return <A extends unknown[], D>(f: (...args: A) => D | PromiseLike<D>): ((...args: A) => DualContextManager<D>) => {
    checkFunction(API, f, 'f');
    const source = async function* (this: unknown, ...args: A): AsyncGenerator<D, void, undefined> {
      const resource = await f.apply(this, args);
      const asyncDispose = hasMethod(resource, Symbol.asyncDispose);
      if (!asyncDispose && !hasMethod(resource, Symbol.dispose)) {
        throw new TypeError(`${QUAL}${API}: ${functionName(f)} must return (a promise of) a disposable, got ${typeName(resource)} without Symbol.asyncDispose or Symbol.dispose`);
      }
      const res = resource as unknown as Awaited<D> & Partial<AsyncDisposable & Disposable>;
      try {
        yield res;
      } finally {
        if (asyncDispose) await (res[Symbol.asyncDispose] as () => PromiseLike<void>).call(res);
        else (res[Symbol.dispose] as () => void).call(res);
      }
    };
    return copyName(decorate(source), f);
  };
}

/**
 * Short for {@link aawcmf2dcmff}`()(f)`: turns a function returning (a promise of) a disposable into a
 * factory of async-only {@link DualContextManager}s that dispose it on exit.
 *
 * @param f - Returns a disposable (`Symbol.asyncDispose` or `Symbol.dispose`) or a promise of one.
 * @returns The factory: `(...args) => DualContextManager`.
 * @throws `TypeError` when `f` is not a function.
 *
 * @example
 * ```ts
 * import { aawcmf2dcmf } from '@asyncutils/util';
 *
 * const session = aawcmf2dcmf(async () => ({ id: 1, [Symbol.dispose]() { console.log('ended'); } }));
 * {
 *   await using cm = await session().enterAsync();
 *   cm.value.id; // 1
 * } // logs 'ended'
 * ```
 */
export function aawcmf2dcmf<A extends unknown[], D>(f: (...args: A) => D | PromiseLike<D>): (...args: A) => DualContextManager<D> {
  return aawcmf2dcmff()(f);
}
