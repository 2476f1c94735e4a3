// Internal: the copies that `toSync` and `toAsync` store on their wrappers, so that round trips unwrap.

/** Key of the synchronous copy stored on a `toAsync` wrapper (shared by every copy of the package). */
export const SYNC_COPY: unique symbol = Symbol.for('asyncutils.util.toAsync.syncCopy');
/** Key of the asynchronous copy stored on a `toSync` wrapper (shared by every copy of the package). */
export const ASYNC_COPY: unique symbol = Symbol.for('asyncutils.util.toSync.asyncCopy');

/**
 * The function stored under `key` on `fn` (an own property that is a function), or `undefined`.
 * @internal
 */
export function storedCopy(fn: unknown, key: typeof SYNC_COPY | typeof ASYNC_COPY): ((...args: never[]) => unknown) | undefined {
  if (typeof fn !== 'function') return undefined;
  const desc = Object.getOwnPropertyDescriptor(fn, key);
  const value: unknown = desc?.value;
  return typeof value === 'function' ? (value as (...args: never[]) => unknown) : undefined;
}

/**
 * Stores `copy` on `fn` under `key`: non-enumerable, non-writable, non-configurable.
 * @internal
 */
export function storeCopy(fn: object, key: typeof SYNC_COPY | typeof ASYNC_COPY, copy: object): void {
  Object.defineProperty(fn, key, { value: copy, enumerable: false, writable: false, configurable: false });
}
