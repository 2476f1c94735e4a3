// `wrapExc` and the `ExceptionWrapper` type: errors as values, recognisable across copies of the package.
import { isCritical } from './CRITICAL.js';
import { describe } from './describe.js';

declare const exceptionWrapperBrand: unique symbol;

/**
 * An error held as a value: an opaque, frozen wrapper made by `wrapExc` (property reads are forwarded to
 * the error, and typed as `Readonly<E>` when `E` is an object).
 *
 * @typeParam E - The wrapped error's type.
 *
 * @example
 * ```ts
 * import { exceptionOccurred, wrapExc, type ExceptionWrapper } from '@asyncutils/exceptions';
 *
 * function parse(text: string): number | ExceptionWrapper<SyntaxError> {
 *   try { return JSON.parse(text); } catch (e) { return wrapExc(e as SyntaxError); }
 * }
 * const v = parse('{');
 * if (exceptionOccurred(v)) console.log(v.message);
 * ```
 */
export type ExceptionWrapper<E = unknown> = (E extends object ? Readonly<E> : unknown) & { readonly [exceptionWrapperBrand]: E };

/** The key under which a wrapper exposes its error (shared by every copy of the package). */
export const WRAPPED: unique symbol = Symbol.for('@asyncutils/exceptions.ExceptionWrapper');

/** What `w[WRAPPED]` returns. */
export interface WrappedBox {
  readonly exc: unknown;
}

/**
 * Wraps an error as a value (Python's `wrap_exc`), so it can be returned or stored instead of thrown.
 *
 * @remarks
 * The wrapper is a frozen proxy: reads and `in` are forwarded to `err` when it is an object; writes, deletes
 * and property definitions fail (`TypeError` in strict mode); `String(w)` is `ExceptionWrapper(<err>)`. It is
 * branded with `Symbol.for('@asyncutils/exceptions.ExceptionWrapper')`, so `exceptionOccurred` and
 * `unwrapExc` of another copy of the package recognise it. A `CRITICAL` error is thrown at once instead.
 *
 * @param err - The error (any value) to wrap.
 * @returns The wrapper.
 * @throws `err` when it is one of the `CRITICAL` errors.
 *
 * @example
 * ```ts
 * import { raiseFor, unwrapExc, wrapExc } from '@asyncutils/exceptions';
 *
 * const e = new RangeError('a');
 * const w = wrapExc(e);
 * w.message; // 'a'
 * unwrapExc(w) === e; // true
 * raiseFor(w); // throws e
 * ```
 */
export function wrapExc<E>(err: E): ExceptionWrapper<E> {
  if (isCritical(err)) throw err;
  const box: WrappedBox = Object.freeze({ exc: err });
  const isObject = (typeof err === 'object' || typeof err === 'function') && err !== null;
  const text = `ExceptionWrapper(${describe(err)})`;
  const toText = (): string => text;
  const refuse = (): boolean => false;
  const handler: ProxyHandler<object> = {
    get(_target, key) {
      if (key === WRAPPED) return box;
      if (key === Symbol.toPrimitive || key === 'toString') return toText;
      return isObject ? Reflect.get(err as object, key, err) : undefined;
    },
    has(_target, key) {
      return key === WRAPPED || (isObject && Reflect.has(err as object, key));
    },
    set: refuse,
    deleteProperty: refuse,
    defineProperty: refuse,
    setPrototypeOf: refuse,
  };
  return new Proxy(Object.freeze(Object.create(null) as object), handler) as ExceptionWrapper<E>;
}

/** The box of a wrapper (from any copy of the package), or `undefined` for anything else. Never throws. */
export function wrappedBox(value: unknown): WrappedBox | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    const box: unknown = (value as { [WRAPPED]?: unknown })[WRAPPED];
    return typeof box === 'object' && box !== null && Object.hasOwn(box, 'exc') ? (box as WrappedBox) : undefined;
  } catch {
    return undefined;
  }
}
