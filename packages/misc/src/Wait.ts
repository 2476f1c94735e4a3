// Internal: one pending wait with an optional abort signal and timeout. The record is its own abort listener
// (`handleEvent`), so arming a signal allocates no closure; every settle path (resolve, reject, abort,
// timeout) removes the listener and clears the timer.
import { timeoutError, type WaitOptions } from './validate.js';

/** setTimeout's longest delay (ms); longer timeouts are re-armed in steps of at most this. */
const MAX_DELAY = 0x7fffffff;
const ONCE: AddEventListenerOptions = { once: true };

/**
 * A pending wait: `promise` settles once, through {@link Wait.resolve}/{@link Wait.reject} (by the owner),
 * or by the signal's abort (its reason) or the timeout (a `TimeoutError` `DOMException`), after which
 * `leave` runs so that the owner can forget the wait.
 * @internal
 */
export class Wait<T> {
  /** The promise of the wait. */
  readonly promise: Promise<T>;
  /** Whether it has settled. */
  done = false;
  /** Whether abort and timeout can still end it (until it settles or is claimed). */
  #armed = true;
  #y!: (value: T) => void;
  #x!: (reason: unknown) => void;
  readonly #api: string;
  readonly #signal: AbortSignal | undefined;
  readonly #leave: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #ms = 0;

  /**
   * @param api - The qualified API, for the timeout message.
   * @param opts - Wait options that passed `checkWait` (so the signal is not aborted yet).
   * @param leave - Runs after an abort or a timeout rejected the wait.
   */
  constructor(api: string, opts: WaitOptions | undefined, leave?: () => void) {
    this.promise = new Promise<T>((y, x) => {
      this.#y = y;
      this.#x = x;
    });
    this.#api = api;
    this.#leave = leave;
    const s = (this.#signal = opts?.signal);
    s?.addEventListener('abort', this, ONCE);
    const t = opts?.timeout;
    if (t !== undefined && t < Infinity) this.#arm((this.#ms = t), t);
  }

  /** Arms the timer for the `left` ms that remain (in steps of at most setTimeout's limit). */
  #arm(left: number, step: number): void {
    const id = (this.#timer = setTimeout(
      () => (left > MAX_DELAY ? this.#arm(left - MAX_DELAY, left - MAX_DELAY) : this.#fail(timeoutError(this.#api, this.#ms))),
      step > MAX_DELAY ? MAX_DELAY : step,
    ));
    (id as { unref?: () => unknown }).unref?.();
  }

  /** The abort listener: leave at once with the signal's reason. */
  handleEvent(): void {
    this.#fail((this.#signal as AbortSignal).reason);
  }

  /**
   * Disarms the wait: abort and timeout no longer end it (the owner has taken it on and will settle it).
   * Clears the timer and removes the abort listener.
   */
  claim(): void {
    if (!this.#armed) return;
    this.#armed = false;
    clearTimeout(this.#timer);
    this.#signal?.removeEventListener('abort', this);
  }

  /** Disarms the wait and marks it done; false when it was done already. */
  #detach(): boolean {
    if (this.done) return false;
    this.done = true;
    this.claim();
    return true;
  }

  /** Rejects by abort or timeout (while armed), then lets the owner forget the wait. */
  #fail(reason: unknown): void {
    if (!this.#armed || !this.#detach()) return;
    this.#x(reason);
    this.#leave?.();
  }

  /**
   * Resolves the wait (no effect once settled).
   * @returns Whether it did.
   */
  resolve(value: T): boolean {
    if (!this.#detach()) return false;
    this.#y(value);
    return true;
  }

  /**
   * Rejects the wait (no effect once settled); `leave` does not run.
   * @returns Whether it did.
   */
  reject(reason: unknown): boolean {
    if (!this.#detach()) return false;
    this.#x(reason);
    return true;
  }
}
