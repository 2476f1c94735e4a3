// Internal: the qualified name of an object's class, for messages that name the concrete class.

/**
 * The constructor's static `qualname` string when it has one (every library class sets it, e.g.
 * `'asyncutils.locks.RLock'`), else the constructor's `name`.
 * @internal
 */
export function qualnameOf(obj: object): string {
  const ctor = (obj as { constructor?: { qualname?: unknown; name?: unknown } }).constructor;
  if (ctor === undefined || ctor === null) return 'Object';
  const q = ctor.qualname;
  if (typeof q === 'string') return q;
  return typeof ctor.name === 'string' && ctor.name !== '' ? ctor.name : '<anonymous>';
}
