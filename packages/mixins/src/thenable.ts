// Internal: the thenable test used to skip needless awaits on synchronous results.

/**
 * Whether `value` is a thenable (an object or function with a callable `then`).
 * @internal
 */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
