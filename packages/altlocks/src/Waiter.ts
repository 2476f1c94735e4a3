// Internal: one pending wait with its abort signal and deadline, settled exactly once.
import type { LockAcquireOptions } from '@asyncutils/mixins';
import { checkOptions, fail } from './validate.js';

/**
 * Validates the `{ signal, timeout }` options of a wait, and throws the abort reason when `signal` is
 * already aborted (so the caller rejects without queuing).
 *
 * @param api - The qualified API, starting the messages.
 * @param opts - The options, or `undefined`.
 * @throws TypeError for options that are not an object, a `signal` that is not an `AbortSignal`, or a
 * `timeout` that is not a number; RangeError for a `NaN` or negative `timeout`; `signal.reason` when
 * `signal` is aborted.
 *
 * @example
 * ```ts
 * try {
 *   checkWaitOptions('asyncutils.altlocks.DynamicThrottle.enter', opts);
 * } catch (err) {
 *   return Promise.reject(err);
 * }
 * ```
 */
export function checkWaitOptions(api: string, opts: LockAcquireOptions | undefined): void {
  const { signal, timeout } = checkOptions(api, opts);
  if (timeout !== undefined) {
    if (typeof timeout !== 'number') fail(api, 'timeout must be a number of milliseconds', timeout);
    if (!(timeout >= 0)) fail(api, 'timeout must be a non-negative number of milliseconds', timeout, RangeError);
  }
  if (signal !== undefined) {
    if (Object(signal) !== signal || typeof signal.addEventListener !== 'function' || typeof signal.aborted !== 'boolean') {
      fail(api, 'signal must be an AbortSignal', signal);
    }
    if (signal.aborted) throw signal.reason;
  }
}

/** Timer callback: the deadline of `waiter` passed. */
function expire(waiter: Waiter<unknown>, api: string, timeout: number): void {
  waiter.cancel(new DOMException(`${api}: timed out after ${timeout} ms`, 'TimeoutError'));
}

/**
 * One pending wait: a promise settled exactly once, by {@link Waiter.resolve}, {@link Waiter.reject} or
 * {@link Waiter.cancel} (abort or deadline). Every settle path removes the abort listener and clears the
 * deadline timer. The abort listener is the waiter itself (`handleEvent`), so no closure is made.
 *
 * @typeParam T - What the promise resolves.
 *
 * @example
 * ```ts
 * const w = new Waiter<number>('asyncutils.x.wait', { timeout: 100 }, (self) => queue.delete(self));
 * queue.add(w);
 * w.resolve(1);
 * ```
 */
export class Waiter<T> {
  /** The previous waiter in an intrusive queue (used by the owner). */
  prev: Waiter<T> | undefined;
  /** The next waiter in an intrusive queue (used by the owner). */
  next: Waiter<T> | undefined;
  /** Whether the promise is settled (or about to be, in `cancel`). */
  done = false;
  /** The promise of the wait. */
  readonly promise: Promise<T>;
  #resolve!: (value: T) => void;
  #reject!: (reason: unknown) => void;
  readonly #signal: AbortSignal | undefined;
  #timer: Parameters<typeof clearTimeout>[0];
  readonly #onCancel: (waiter: Waiter<T>) => void;

  /**
   * Arms the wait. `opts` must have passed {@link checkWaitOptions}.
   *
   * @param api - The qualified API, for the timeout message.
   * @param opts - Abort signal and deadline (ms).
   * @param onCancel - Called on abort or deadline, after the waiter is marked done and disarmed and
   * before its promise rejects: the owner withdraws it here.
   */
  constructor(api: string, opts: LockAcquireOptions | undefined, onCancel: (waiter: Waiter<T>) => void) {
    this.promise = new Promise<T>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.#onCancel = onCancel;
    const signal = opts?.signal;
    const timeout = opts?.timeout;
    if (signal !== undefined) {
      this.#signal = signal;
      signal.addEventListener('abort', this, { once: true });
    }
    if (timeout !== undefined && timeout !== Infinity) {
      const timer = setTimeout(expire, timeout, this, api, timeout);
      (timer as { unref?: () => void }).unref?.();
      this.#timer = timer;
    }
  }

  /** The abort listener (`EventListenerObject`). */
  handleEvent(): void {
    this.cancel((this.#signal as AbortSignal).reason);
  }

  /**
   * Settles the wait with `value` unless already settled.
   * @returns Whether it settled now.
   */
  resolve(value: T): boolean {
    if (this.done) return false;
    this.#disarm();
    this.#resolve(value);
    return true;
  }

  /**
   * Rejects the wait with `reason` unless already settled.
   * @returns Whether it settled now.
   */
  reject(reason: unknown): boolean {
    if (this.done) return false;
    this.#disarm();
    this.#reject(reason);
    return true;
  }

  /** Withdraws the wait (abort or deadline): disarms, tells the owner, then rejects with `reason`. */
  cancel(reason: unknown): void {
    if (this.done) return;
    this.#disarm();
    this.#onCancel(this);
    this.#reject(reason);
  }

  #disarm(): void {
    this.done = true;
    this.#signal?.removeEventListener('abort', this);
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }
}
