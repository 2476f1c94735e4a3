// Internal: tells synchronously whether a lock has stopped waiting on a signal it was given.

/**
 * Watches the abort listeners a lock attaches to `signal` (a signal only the caller and that lock see) and
 * returns a probe: `true` once the lock attached a listener and has removed all of them again.
 *
 * A queued lock of the library attaches its waiter to the signal and detaches it, synchronously, when the
 * waiter is granted (or rejected); so the probe learns of a grant in the same job, before any promise
 * reaction runs. A lock that never listens leaves the probe `false` (callers then rely on the acquire
 * promise).
 * @param signal - The signal passed to `lock.acquire`; its two listener methods are wrapped on the instance.
 * @returns The probe.
 * @internal
 */
export function watchWaiter(signal: AbortSignal): () => boolean {
  const listeners = new Set<unknown>();
  let seen = false;
  const add = signal.addEventListener;
  const remove = signal.removeEventListener;
  signal.addEventListener = function (this: AbortSignal, type: string, listener: unknown, options?: unknown): void {
    if (type === 'abort' && listener != null) {
      listeners.add(listener);
      seen = true;
    }
    Reflect.apply(add, this, [type, listener, options]);
  } as AbortSignal['addEventListener'];
  signal.removeEventListener = function (this: AbortSignal, type: string, listener: unknown, options?: unknown): void {
    if (type === 'abort') listeners.delete(listener);
    Reflect.apply(remove, this, [type, listener, options]);
  } as AbortSignal['removeEventListener'];
  return () => seen && listeners.size === 0;
}
