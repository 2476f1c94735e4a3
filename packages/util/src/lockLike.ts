// Internal: recognising lock-like objects and acquiring them within a deadline.
import type { AsyncLockLike } from '@asyncutils/mixins';
import { isThenable, QUAL } from './validate.js';

/**
 * Whether `value` has callable `acquire`, `release` and `locked` members.
 * @internal
 */
export function isLockLike(value: unknown): value is AsyncLockLike {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  const lock = value as Partial<Record<'acquire' | 'release' | 'locked', unknown>>;
  return typeof lock.acquire === 'function' && typeof lock.release === 'function' && typeof lock.locked === 'function';
}

/**
 * The `TypeError` for a value that is not lock-like.
 * @internal
 */
export function notLockLike(api: string): TypeError {
  return new TypeError(`${QUAL}${api}: acquire, release and locked methods are required`);
}

/**
 * Releases `lock`, awaiting a thenable returned by `release`.
 * @internal
 */
export function releaseLock(lock: AsyncLockLike): void | Promise<void> {
  const r = lock.release();
  if (isThenable(r)) return Promise.resolve(r).then(noop);
  return undefined;
}

/** Does nothing. */
function noop(): void {}

/**
 * Acquires `lock`: with no deadline and no signal, `lock.acquire()`; otherwise `lock.acquire({ signal })`
 * where `signal` fires on expiry (reason: a `DOMException` named `TimeoutError`) or when `outer` aborts.
 * The returned promise rejects at expiry or abort even when the lock ignores the signal; a grant that
 * arrives afterwards is released at once. The timer and the listener on `outer` are removed on every
 * settle path.
 * @internal
 */
export function acquireWithin(api: string, lock: AsyncLockLike, timeout: number | undefined, outer: AbortSignal | undefined): Promise<unknown> {
  const limited = timeout !== undefined && timeout !== Infinity;
  if (!limited && outer === undefined) return Promise.resolve(lock.acquire());
  if (outer?.aborted) return Promise.reject(outer.reason as unknown);
  return new Promise<unknown>((resolve, reject) => {
    const ctrl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const cleanup = (): void => {
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    };
    const fail = (reason: unknown): void => {
      if (settled) return;
      cleanup();
      ctrl.abort(reason);
      reject(reason);
    };
    function onAbort(): void {
      fail(outer?.reason);
    }
    if (limited) {
      timer = setTimeout(() => fail(new DOMException(`${QUAL}${api}: timed out after ${timeout} ms waiting for the lock`, 'TimeoutError')), timeout);
      // A deadline alone does not keep a Node process alive (as the locks' own timeouts); only where it exists.
      (timer as { unref?: () => unknown }).unref?.();
    }
    outer?.addEventListener('abort', onAbort, { once: true });
    let pending: PromiseLike<unknown>;
    try {
      pending = lock.acquire({ signal: ctrl.signal });
    } catch (error) {
      cleanup();
      reject(error);
      return;
    }
    Promise.resolve(pending).then(
      (value) => {
        if (!settled) {
          cleanup();
          resolve(value);
          return;
        }
        // Granted after the deadline or the abort by a lock that ignores signals: give it back at once.
        try {
          if (lock.locked()) void Promise.resolve(releaseLock(lock)).catch(noop);
        } catch {
          // Nothing to report to: the caller already saw the timeout or the abort.
        }
      },
      (error: unknown) => {
        if (settled) return;
        cleanup();
        reject(error);
      },
    );
  });
}
