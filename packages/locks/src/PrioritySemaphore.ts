// `PrioritySemaphore`: a semaphore that serves waiters by priority (lower first), then by arrival.
import { PRIORITY_SEMAPHORE_DEFAULT_VALUE } from '@asyncutils/context';
import type { LockAcquireOptions } from '@asyncutils/mixins';
import { FastLock } from './FastLock.js';
import { Heap, HeapWaiter } from './Heap.js';
import { badPriority, integer } from './validate.js';
import { arm, cancelled, grant, qualname, rejectAll, timeoutError } from './waitQueue.js';

/**
 * Options of {@link PrioritySemaphore.acquire}: the wait options plus a priority.
 *
 * @example
 * ```ts
 * const opts: PrioritySemaphoreAcquireOptions = { priority: -1, timeout: 5_000 }; // ahead of priority 0
 * await sem.acquire(opts);
 * ```
 */
export type PrioritySemaphoreAcquireOptions = LockAcquireOptions & {
  /**
   * Lower is served first; equal priorities are served in arrival order. A finite number.
   * @default 0
   */
  priority?: number;
};

/**
 * A semaphore whose waiters are served by `(priority, arrival)`: the lowest `priority` first, ties in
 * arrival order (Python `PrioritySemaphore`).
 *
 * @remarks
 * A release with waiters hands its permit to the best waiter (`value` unchanged). Without waiters,
 * `release()` is strict by default: it throws rather than raise `value` above the initial value;
 * `release({ strict: false })` may. `reset()` rejects every waiter and restores the initial value (the
 * holders of that moment are forgotten). Uncontended paths are those of {@link Lock}.
 *
 * @example
 * ```ts
 * import { PrioritySemaphore } from '@asyncutils/locks';
 *
 * const gpu = new PrioritySemaphore(1);
 * const job = (name: string, priority: number) =>
 *   gpu.runExclusive(async () => console.log('running', name), { priority });
 * await Promise.all([job('batch', 10), job('interactive', 0)]); // interactive goes before batch when both wait
 * ```
 */
export class PrioritySemaphore extends FastLock {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.PrioritySemaphore';
  #v: number;
  readonly #initial: number;
  readonly #h: Heap = new Heap(this, 'acquire');

  /**
   * @param value - The initial number of permits, an integer `>= 0`.
   * @defaultValue the contextual constant `PRIORITY_SEMAPHORE_DEFAULT_VALUE` (1), read here.
   * @throws TypeError when `value` is not a number; RangeError when it is not an integer `>= 0`.
   */
  constructor(value?: number) {
    super();
    this.#v = this.#initial = integer(this, 'value', value === undefined ? PRIORITY_SEMAPHORE_DEFAULT_VALUE.get() : value);
  }

  /** The permits available now. */
  get value(): number {
    return this.#v;
  }

  /**
   * Whether an `acquire()` would wait.
   * @returns `true` when no permit is left or others wait.
   */
  locked(): boolean {
    return this.#v === 0 || this.#h.size > 0;
  }

  /**
   * Takes a permit if one is available and nobody waits, synchronously.
   * @returns Whether a permit was taken.
   */
  tryAcquire(): boolean {
    if (this.#v > 0 && this.#h.size === 0) {
      this.#v--;
      return true;
    }
    return false;
  }

  /** @internal */
  protected override _take(opts: PrioritySemaphoreAcquireOptions | undefined, method: string): boolean | Promise<never> {
    const e = badPriority(this, method, opts?.priority);
    return e === undefined ? super._take(opts, method) : Promise.reject(e);
  }

  /** @internal */
  protected _wait(opts: PrioritySemaphoreAcquireOptions | undefined): Promise<true> {
    if (opts !== undefined && opts.timeout === 0) return Promise.reject(timeoutError(this, 'acquire', 0));
    const h = this.#h;
    const w = new HeapWaiter(h, opts?.priority ?? 0);
    h.push(w);
    return arm(w, opts);
  }

  /**
   * Gives a permit back: to the best waiter if any, else to `value`.
   * @param opts - `strict` (default `true`): throw instead of raising `value` above the initial value.
   * @throws Error `asyncutils.locks.PrioritySemaphore: release called too many times` (nothing changes)
   * when strict, nobody waits and `value` is already the initial value.
   */
  release(opts?: { strict?: boolean }): void {
    const w = this.#h.shift();
    if (w !== undefined) return grant(w, true);
    if ((opts?.strict ?? true) && this.#v >= this.#initial) {
      throw new Error(`${qualname(this)}: release called too many times`);
    }
    this.#v++;
  }

  /**
   * Rejects every waiter with `Error` `asyncutils.locks.PrioritySemaphore: semaphore was reset`, restores
   * the initial value and restarts the arrival count.
   */
  reset(): void {
    const h = this.#h;
    rejectAll(h, new Error(`${qualname(this)}: semaphore was reset`));
    h.seq = 0;
    this.#v = this.#initial;
  }

  /**
   * Rejects every pending acquire with `reason` and removes it; holders keep their permits.
   * @param reason - The rejection reason. Default: a `DOMException` named `AbortError`.
   * @returns How many waiters were rejected.
   */
  override cancelWaiters(reason: unknown = cancelled(this)): number {
    return rejectAll(this.#h, reason);
  }
}

/**
 * The option types of {@link PrioritySemaphore}'s waits (type only; the code is FastLock's and LockMixin's).
 * @internal
 */
export interface PrioritySemaphore {
  /**
   * Waits for a permit, served by `(priority, arrival)`.
   * @param opts - Abort signal, deadline (ms) and `priority` (lower first, default 0).
   * @returns A promise of `true` once a permit is held.
   * @throws RangeError/TypeError (as a rejection) for a priority that is not a finite number.
   */
  acquire(opts?: PrioritySemaphoreAcquireOptions): Promise<true>;
  /**
   * Acquires a permit (by priority) and resolves this semaphore, for `using _ = await sem.enter()`.
   * @param opts - As for `acquire`.
   * @returns A promise of this semaphore once a permit is held.
   */
  enter(opts?: PrioritySemaphoreAcquireOptions): Promise<this>;
  /**
   * Runs `fn` while holding a permit (acquired by priority), then releases it.
   * @param fn - The critical section; may be async.
   * @param opts - As for `acquire`.
   * @returns A promise of `fn`'s result.
   */
  runExclusive<R>(fn: () => R | PromiseLike<R>, opts?: PrioritySemaphoreAcquireOptions): Promise<Awaited<R>>;
}
