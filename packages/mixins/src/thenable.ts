// Internal: the thenable test used to skip needless awaits on synchronous results.

/**
 * Whether `value` is a thenable (has a callable `then`; `?.` reads it off primitives harmlessly).
 * @internal
 */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}
