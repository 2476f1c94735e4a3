// Internal: the waiter node and FIFO queue shared by both events, with the option checks and the
// timeout/abort plumbing (one timer and one `{ once: true }` abort listener per waiter, both removed on
// every settle path). Not exported from the package entry.

/** The longest delay `setTimeout` honours (2^31 - 1 ms); longer timeouts re-arm. */
const MAX_DELAY = 0x7fffffff;

/** A `setTimeout` handle: a number in browsers, an object with an optional `unref` elsewhere. */
type TimerHandle = ReturnType<typeof setTimeout>;

/**
 * One pending wait, linked into a {@link WaiterQueue}. It is its own abort listener (`handleEvent`), so
 * a wait allocates no closure for the abort path; the timer callback receives it as an argument.
 *
 * `V` is the type of the values the queue broadcasts, `R` what the wait resolves with.
 */
export class Waiter<V, R = V> implements EventListenerObject {
  /** Neighbours in the queue. */
  prev: Waiter<V, R> | undefined = undefined;
  next: Waiter<V, R> | undefined = undefined;
  /** The queue holding this waiter; `undefined` once removed (settled). */
  queue: WaiterQueue<V> | undefined = undefined;
  /** The signal this waiter listens to, until settled. */
  signal: AbortSignal | undefined = undefined;
  /** The pending timer, until settled. */
  timer: TimerHandle | undefined = undefined;
  /** The timeout in ms, for the message; `Infinity` = none. */
  timeout: number = Infinity;
  /** Milliseconds still to wait after the current timer fires (timeouts beyond `MAX_DELAY`). */
  remaining = 0;
  /** The qualified API, for the timeout message. */
  readonly api: string;
  resolve!: (result: R) => void;
  reject!: (reason: unknown) => void;

  constructor(api: string) {
    this.api = api;
  }

  /** Receives one broadcast value. Returns `true` when this waiter is settled (and removed). */
  receive(value: V): boolean {
    this.detach();
    this.resolve(value as unknown as R);
    return true;
  }

  /** The timeout expired (the waiter is already detached): reject with a `TimeoutError`. */
  expire(): void {
    this.reject(timeoutError(this.api, this.timeout));
  }

  /** The signal aborted: detach and reject with its reason. */
  handleEvent(): void {
    const reason = (this.signal as AbortSignal).reason as unknown;
    this.detach();
    this.reject(reason);
  }

  /** Removes this waiter from its queue, clears its timer and removes its abort listener. Idempotent. */
  detach(): void {
    this.queue?.remove(this);
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.signal !== undefined) {
      this.signal.removeEventListener('abort', this);
      this.signal = undefined;
    }
  }
}

/** A doubly linked FIFO of waiters: O(1) append and removal. Waiters of any result type are stored as
 * `Waiter<V, never>` (a `Waiter<V, R>` is assignable to it for every `R`). */
export class WaiterQueue<V> {
  head: Waiter<V, never> | undefined = undefined;
  tail: Waiter<V, never> | undefined = undefined;
  size = 0;

  push(node: Waiter<V, never>): void {
    node.queue = this;
    node.prev = this.tail;
    if (this.tail === undefined) this.head = node;
    else this.tail.next = node;
    this.tail = node;
    this.size++;
  }

  remove(node: Waiter<V, never>): void {
    if (node.queue !== this) return;
    const { prev, next } = node;
    if (prev === undefined) this.head = next;
    else prev.next = next;
    if (next === undefined) this.tail = prev;
    else next.prev = prev;
    node.prev = node.next = node.queue = undefined;
    this.size--;
  }

  /**
   * Hands `value` to every waiter queued at the call, oldest first. Waiters that settle leave the queue;
   * observers that keep waiting stay in place. Waiters queued while broadcasting are not reached.
   */
  broadcast(value: V): void {
    const last = this.tail;
    let node = this.head;
    while (node !== undefined) {
      const next = node.next;
      node.receive(value);
      if (node === last) return;
      node = next;
    }
  }
}

/** The `DOMException` named `TimeoutError` that an expired wait rejects with. */
export function timeoutError(api: string, timeout: number): DOMException {
  return new DOMException(`${api}: timed out after ${timeout} ms`, 'TimeoutError');
}

/**
 * Validates a `timeout` option: `undefined` → `Infinity` (no limit); a number `>= 0` (`Infinity`
 * included) → itself. Throws `TypeError` for a non-number, `RangeError` for `NaN` or a negative number.
 */
export function checkTimeout(timeout: unknown, api: string): number {
  if (timeout === undefined) return Infinity;
  if (typeof timeout !== 'number') throw new TypeError(`${api}: timeout must be a number of milliseconds, got ${describe(timeout)}`);
  if (!(timeout >= 0)) throw new RangeError(`${api}: timeout must be a non-negative number of milliseconds (or Infinity), got ${timeout}`);
  return timeout;
}

/** Validates a `signal` option: `undefined` or an `AbortSignal`-like event target, else `TypeError`. */
export function checkSignal(signal: unknown, api: string): AbortSignal | undefined {
  if (signal === undefined) return undefined;
  if (typeof signal !== 'object' || signal === null || typeof (signal as AbortSignal).addEventListener !== 'function' || typeof (signal as AbortSignal).aborted !== 'boolean') {
    throw new TypeError(`${api}: signal must be an AbortSignal, got ${describe(signal)}`);
  }
  return signal as AbortSignal;
}

/** Validates an optional boolean option (`undefined` → `fallback`), else `TypeError`. */
export function checkFlag(value: unknown, name: string, fallback: boolean, api: string): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`${api}: ${name} must be a boolean, got ${describe(value)}`);
  return value;
}

/** Validates an options argument: `undefined` or an object, else `TypeError`. */
export function checkOptions<O extends object>(opts: O | undefined, api: string): O | undefined {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) throw new TypeError(`${api}: options must be an object, got ${describe(opts)}`);
  return opts;
}

/**
 * Queues `node` on `queue` and arms its abort listener and timer. The caller has checked that `signal`
 * is not aborted. Returns the waiter's promise.
 */
export function enqueue<V, R>(queue: WaiterQueue<V>, node: Waiter<V, R>, timeout: number, signal: AbortSignal | undefined): Promise<R> {
  const promise = new Promise<R>((resolve, reject) => {
    node.resolve = resolve;
    node.reject = reject;
  });
  queue.push(node);
  if (signal !== undefined) {
    node.signal = signal;
    signal.addEventListener('abort', node, { once: true });
  }
  if (timeout !== Infinity) {
    node.timeout = node.remaining = timeout;
    arm(node);
  }
  return promise;
}

function arm<V, R>(node: Waiter<V, R>): void {
  const delay = Math.min(node.remaining, MAX_DELAY);
  node.remaining -= delay;
  const timer = setTimeout(fire, delay, node);
  (timer as { unref?: () => unknown }).unref?.();
  node.timer = timer;
}

function fire<V, R>(node: Waiter<V, R>): void {
  node.timer = undefined;
  if (node.remaining > 0) return arm(node);
  node.detach();
  node.expire();
}

/** A short description of a bad value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' || typeof value === 'function') return typeof value === 'function' ? 'a function' : (value.constructor?.name ?? 'an object');
  return String(value);
}
