// Internal: validation of the `host` timeouts and one bounded wait (timer + abort signal, both cleaned up).

/**
 * Validates one timeout slot of `host` and resolves it against its context default: `undefined` takes
 * `fallback`; `null` and `Infinity` mean no limit (`null`); a non-number is a `TypeError`; `NaN` and negative
 * numbers are `RangeError`s.
 * @param api - The qualified API name for messages.
 * @param name - The option's name for messages.
 * @param value - The option's value.
 * @param fallback - The context default for the slot.
 * @returns The limit in ms, or `null` for none.
 * @internal
 */
export function timeoutSlot(api: string, name: string, value: unknown, fallback: number | null): number | null {
  if (value === undefined) value = fallback;
  if (value === null || value === Infinity) return null;
  if (typeof value !== 'number') {
    throw new TypeError(`${api}: ${name} must be a number of milliseconds or null, got ${typeof value}`);
  }
  if (!(value >= 0)) throw new RangeError(`${api}: ${name} must be a non-negative number of milliseconds, got ${String(value)}`);
  return value;
}

/**
 * Waits for `promise` for at most `ms` milliseconds (`null`: no limit) and until `signal` aborts.
 *
 * Resolves or rejects as `promise` does; at expiry rejects with `onTimeout()`'s value; on abort rejects with
 * `signal.reason` (an already aborted signal rejects at once). The timer is cleared and the abort listener
 * removed on every settle path.
 * @param promise - What to wait for.
 * @param ms - The limit in ms, or `null`.
 * @param signal - An optional signal that ends the wait.
 * @param onTimeout - Makes the rejection reason at expiry (called once, at expiry).
 * @returns The bounded wait.
 * @internal
 */
export function settleWithin<T>(promise: PromiseLike<T>, ms: number | null, signal: AbortSignal | undefined, onTimeout: () => unknown): Promise<T> {
  if (ms === null && signal === undefined) return Promise.resolve(promise);
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      done();
      reject(signal?.reason);
    };
    if (ms !== null) {
      timer = setTimeout(() => {
        timer = undefined;
        done();
        reject(onTimeout());
      }, ms);
      (timer as { unref?: () => unknown }).unref?.();
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        done();
        resolve(value);
      },
      (err: unknown) => {
        done();
        reject(err);
      },
    );
  });
}
