// `EventMixin<T>`: value events; derives `wait` and `waitForValue` from `waitForNext`/`isSet`/`get`/`set`/`clear`.
import { abstractClassError } from './abstractClass.js';
import { AwaitableMixin } from './AwaitableMixin.js';
import type { MixinWaitForValueOptions, MixinWaitOptions } from './MixinWaitOptions.js';
import { invalidTimeout, timeoutError } from './timeout.js';

const WAIT = 'asyncutils.mixins.EventMixin.wait';
const WAIT_FOR_VALUE = 'asyncutils.mixins.EventMixin.waitForValue';
const MAX_TIMER_MS = 0x7fffffff;

/** `waitForValue` without signal or deadline: loop on `waitForNext()` until `value` arrives. */
async function untimedWaitForValue<T>(event: EventMixin<T>, value: T): Promise<void> {
  while (!Object.is(await event.waitForNext(), value));
}

/**
 * Abstract base of value events (events that carry a value): from `waitForNext`, `isSet`, `get`, `set`
 * and `clear` it derives `wait` (the held value, or the next one) and `waitForValue` (wait until the
 * event is set to a given value).
 *
 * @remarks
 * The port of Python's `EventMixin`. Like {@link AwaitableMixin} it is not thenable: write
 * `await event.wait()`, not `await event`. Python's event-loop binding (`LoopMixinBase`) has no
 * equivalent: there is one implicit event loop per realm. Values are compared with `Object.is` (Python
 * `is`). Subclasses may widen the option types (structurally compatible ones).
 *
 * @typeParam T - The event's value.
 * @throws TypeError `asyncutils.mixins.EventMixin: cannot instantiate abstract class` when the mixin
 * itself is instantiated (through a cast).
 *
 * @example
 * ```ts
 * import { EventMixin, type MixinWaitOptions } from '@asyncutils/mixins';
 *
 * class Box<T> extends EventMixin<T> {
 *   #has = false;
 *   #value!: T;
 *   #waiters: Array<(value: T) => void> = [];
 *   waitForNext(_opts?: MixinWaitOptions): Promise<T> {
 *     return new Promise((resolve) => this.#waiters.push(resolve)); // (no abort support in this toy)
 *   }
 *   isSet(): boolean { return this.#has; }
 *   get(): T { if (!this.#has) throw new RangeError('no value'); return this.#value; }
 *   set(value: T): void {
 *     this.#has = true;
 *     this.#value = value;
 *     for (const wake of this.#waiters.splice(0)) wake(value);
 *   }
 *   clear(): void { this.#has = false; }
 * }
 *
 * const box = new Box<string>();
 * setTimeout(() => box.set('ready'), 10);
 * await box.waitForValue('ready', { timeout: 1_000 });
 * await box.wait(); // 'ready' (held, resolves at once)
 * ```
 */
export abstract class EventMixin<T> extends AwaitableMixin<T> {
  constructor() {
    super();
    if (new.target === EventMixin) throw abstractClassError('EventMixin');
  }

  /**
   * Waits for the next `set`, even if a value is held now, and resolves the value it was set to.
   * @param opts - Abort signal and deadline (ms).
   * @returns A promise of the next value; rejects on timeout or abort.
   */
  abstract waitForNext(opts?: MixinWaitOptions): Promise<T>;

  /**
   * Whether the event holds a value now.
   * @returns `true` when a value is held.
   */
  abstract isSet(): boolean;

  /**
   * The value held now.
   * @returns The held value.
   * @throws When no value is held (the events package throws `EventValueError`).
   */
  abstract get(): T;

  /**
   * Sets the value and wakes every waiter.
   * @param value - The new value.
   */
  abstract set(value: T): void;

  /** Clears the held value. */
  abstract clear(): void;

  /**
   * Resolves the held value at once when the event is set (nothing is consumed), else waits for the
   * next `set` through `waitForNext(opts)` (with the same options object).
   * @param opts - Abort signal and deadline (ms). When a value is held, an already aborted signal still
   * rejects with its reason and an invalid `timeout` still rejects.
   * @returns A promise of the value.
   */
  override wait(opts?: MixinWaitOptions): Promise<T> {
    if (!this.isSet()) return this.waitForNext(opts);
    try {
      if (opts !== undefined) {
        const invalid = invalidTimeout(WAIT, opts.timeout);
        if (invalid !== undefined) throw invalid;
        opts.signal?.throwIfAborted();
      }
      return Promise.resolve(this.get());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * Waits until the event is set to `value` (compared with `Object.is`): resolves at once when it holds
   * `value` now, else waits for successive `set`s through `waitForNext` until one carries `value`.
   * One deadline and one signal cover the whole call and are passed to every inner wait.
   * @param value - The value to wait for.
   * @param opts - Abort signal, deadline (ms) and `setAtTimeout`.
   * @returns A promise settled once the event is set to `value`.
   * @throws DOMException `TimeoutError` (as a rejection) at the deadline: the pending inner wait is
   * withdrawn, and with `setAtTimeout` the event is `set(value)` first (waking its waiters; the value
   * persists).
   * @throws The signal's `reason` (as a rejection) on abort; nothing is set.
   * @throws RangeError / TypeError (as a rejection) for a `NaN`, negative or non-number `timeout`.
   */
  waitForValue(value: T, opts?: MixinWaitForValueOptions): Promise<void> {
    const signal = opts?.signal;
    const timeout = opts?.timeout;
    try {
      const invalid = invalidTimeout(WAIT_FOR_VALUE, timeout);
      if (invalid !== undefined) throw invalid;
      signal?.throwIfAborted();
      if (this.isSet() && Object.is(this.get(), value)) return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
    // Deadlines beyond setTimeout's range (2^31 - 1 ms, about 24.8 days) would fire at once: no timer.
    const timed = timeout !== undefined && timeout <= MAX_TIMER_MS;
    if (!timed && signal === undefined) return untimedWaitForValue(this, value);
    return new Promise<void>((resolve, reject) => {
      const inner = new AbortController();
      const innerOpts: MixinWaitOptions = { signal: inner.signal };
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settled = false;
      const cleanup = (): void => {
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        if (settled) return;
        cleanup();
        const reason: unknown = signal!.reason;
        inner.abort(reason);
        reject(reason);
      };
      const onValue = (received: T): void => {
        if (settled) return;
        if (Object.is(received, value)) {
          cleanup();
          resolve();
        } else {
          next();
        }
      };
      const onError = (error: unknown): void => {
        if (settled) return;
        cleanup();
        reject(error);
      };
      const next = (): void => {
        let pending: Promise<T>;
        try {
          pending = this.waitForNext(innerOpts);
        } catch (error) {
          onError(error);
          return;
        }
        pending.then(onValue, onError);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (timed) {
        timer = setTimeout(() => {
          if (settled) return;
          cleanup();
          const error = timeoutError(WAIT_FOR_VALUE, timeout);
          inner.abort(error);
          if (opts?.setAtTimeout === true) {
            try {
              this.set(value);
            } catch (setError) {
              reject(setError);
              return;
            }
          }
          reject(error);
        }, timeout);
        (timer as { unref?: () => void }).unref?.();
      }
      next();
    });
  }
}
