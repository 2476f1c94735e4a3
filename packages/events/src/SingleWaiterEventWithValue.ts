// `SingleWaiterEventWithValue<T>`: a one-slot mailbox with the event interface.
import { EventValueError } from '@asyncutils/exceptions';
import { EventMixin } from '@asyncutils/mixins';
import type { SingleWaiterWaitOptions } from './options.js';
import { checkFlag, checkOptions, checkSignal, checkTimeout, enqueue, Waiter, WaiterQueue } from './waiter.js';

const QUALNAME = 'asyncutils.events.SingleWaiterEventWithValue';
const API_NEXT = `${QUALNAME}.waitForNext`;

/**
 * A one-slot mailbox with the event interface: `set(value)` hands the value to the waiting consumer, or
 * keeps it until one comes; `waitForNext()` takes (consumes) it.
 *
 * @remarks
 * The port of Python's `asyncutils.events.SingleWaiterEventWithValue`. The slot is empty, holds one
 * value, or has pending waiters, never both a value and waiters:
 *
 * - `set(v)` with waiters pending resolves all of them with `v` and leaves the slot empty (the value is
 *   consumed at once); otherwise the slot holds `v`, replacing a held value.
 * - `waitForNext()` takes a held value at once; otherwise it waits (joining other waiters, or rejecting
 *   with `strict: true`).
 * - `wait()` returns a held value without consuming it; `get()` peeks; `clear()` drops a held value and
 *   leaves pending waiters waiting.
 *
 * Any `T` is allowed, `undefined` included: the slot tracks presence separately. Waits take
 * `{ signal, timeout }` (ms); a timeout or abort withdraws only its own wait. Not thenable: write
 * `await box.wait()`.
 *
 * @typeParam T - The value type.
 *
 * @example
 * ```ts
 * import { SingleWaiterEventWithValue } from '@asyncutils/events';
 *
 * const reply = new SingleWaiterEventWithValue<string>();
 * setTimeout(() => reply.set('pong'), 10);
 * await reply.waitForNext({ timeout: 1_000 }); // 'pong'; the slot is empty again
 * reply.set('late');
 * reply.isSet(); // true: kept until the next consumer
 * ```
 */
export class SingleWaiterEventWithValue<T> extends EventMixin<T> {
  /** The qualified name used in messages. */
  static readonly qualname: string = QUALNAME;

  private _has = false;
  private _value: T | undefined = undefined;
  private readonly _waiters: WaiterQueue<T> = new WaiterQueue<T>();

  /**
   * Creates an empty slot.
   *
   * @example
   * ```ts
   * const box = new SingleWaiterEventWithValue<number>();
   * box.isSet(); // false
   * ```
   */
  constructor() {
    super();
  }

  /**
   * Delivers `value`: every pending waiter resolves with it and the slot stays empty; with no waiter the
   * slot holds `value` (replacing a held one).
   *
   * @param value - Any value, `undefined` included.
   *
   * @example
   * ```ts
   * const w = box.waitForNext();
   * box.set(2); // w resolves 2; box.isSet() is false
   * ```
   */
  set(value: T): void {
    if (this._waiters.size !== 0) {
      this._waiters.broadcast(value);
      return;
    }
    this._has = true;
    this._value = value;
  }

  /**
   * Drops a held value. Pending waiters keep waiting for the next `set`.
   *
   * @example
   * ```ts
   * box.set(1);
   * box.clear();
   * box.isSet(); // false
   * ```
   */
  clear(): void {
    this._has = false;
    this._value = undefined;
  }

  /**
   * Whether the slot holds a value.
   *
   * @returns `true` when a value is held.
   *
   * @example
   * ```ts
   * box.set(undefined);
   * box.isSet(); // true
   * ```
   */
  isSet(): boolean {
    return this._has;
  }

  /**
   * The held value, not consumed.
   *
   * @returns The value.
   * @throws EventValueError `asyncutils.events.SingleWaiterEventWithValue: no value is set and no default
   * was provided` when the slot is empty.
   *
   * @example
   * ```ts
   * box.set(1);
   * box.get(); // 1, still held
   * ```
   */
  get(): T;
  /**
   * The held value (not consumed), or `defaultValue` when the slot is empty.
   *
   * @param defaultValue - Returned when the slot is empty (also when it is `undefined`).
   * @returns The value or the default.
   *
   * @example
   * ```ts
   * new SingleWaiterEventWithValue<number>().get('none'); // 'none'
   * ```
   */
  get<D>(defaultValue: D): T | D;
  get(defaultValue?: unknown): unknown {
    if (this._has) return this._value;
    if (arguments.length > 0) return defaultValue;
    throw new EventValueError(`${QUALNAME}: no value is set and no default was provided`);
  }

  /**
   * Takes the next value: a held value at once (emptying the slot), else the value of the next `set`.
   *
   * @param opts - `{ signal, timeout, strict }`. With `strict: true`, rejects when another waiter is
   * already pending instead of joining it.
   * @returns A promise of the value.
   * @throws (rejects) `Error` `asyncutils.events.SingleWaiterEventWithValue: another waiter is already
   * waiting and strict=true was passed`; `TimeoutError` on timeout; `signal.reason` on abort.
   *
   * @example
   * ```ts
   * box.set(1); box.set(2);
   * await box.waitForNext(); // 2
   * ```
   */
  waitForNext(opts?: SingleWaiterWaitOptions): Promise<T> {
    let timeout = Infinity;
    let signal: AbortSignal | undefined;
    let strict = false;
    if (opts !== undefined) {
      try {
        checkOptions(opts, API_NEXT);
        timeout = checkTimeout(opts.timeout, API_NEXT);
        signal = checkSignal(opts.signal, API_NEXT);
        strict = checkFlag(opts.strict, 'strict', false, API_NEXT);
      } catch (error) {
        return Promise.reject(error);
      }
      if (signal?.aborted) return Promise.reject(signal.reason);
    }
    if (this._has) {
      const value = this._value as T;
      this._has = false;
      this._value = undefined;
      return Promise.resolve(value);
    }
    if (strict && this._waiters.size !== 0) {
      return Promise.reject(new Error(`${QUALNAME}: another waiter is already waiting and strict=true was passed`));
    }
    return enqueue(this._waiters, new Waiter<T>(API_NEXT), timeout, signal);
  }

  /**
   * A held value without consuming it; else the same as {@link SingleWaiterEventWithValue.waitForNext}.
   *
   * @param opts - As for `waitForNext`.
   * @returns A promise of the value.
   *
   * @example
   * ```ts
   * box.set(1);
   * await box.wait(); // 1
   * box.isSet(); // true
   * ```
   */
  override wait(opts?: SingleWaiterWaitOptions): Promise<T> {
    return super.wait(opts);
  }
}
