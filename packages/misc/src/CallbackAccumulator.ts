// `CallbackAccumulator<A>`: a bounded list of callbacks taken from objects (`o[name]`, bound to `o`), all
// called later: explicitly (`call`) or when the accumulator, a context manager, exits.
import { typeName } from '@asyncutils/audit';
import { type ContextExitArgs, ExecutorRequiredAsyncContextMixin } from '@asyncutils/mixins';
import { fail, func, optionsObject } from './validate.js';

/**
 * Options of the {@link CallbackAccumulator} constructor.
 *
 * @typeParam A - The callbacks' arguments.
 *
 * @example
 * ```ts
 * import { CallbackAccumulator, type CallbackAccumulatorOptions } from '@asyncutils/misc';
 *
 * const opts: CallbackAccumulatorOptions<[]> = { maxlen: 100, default: () => {}, callOnce: true };
 * const closers = new CallbackAccumulator<[]>('close', [], opts);
 * ```
 */
export interface CallbackAccumulatorOptions<A extends unknown[]> {
  /**
   * Most callbacks kept: adding to a full accumulator drops the oldest first; `null` for no limit. An
   * integer `>= 0`.
   * @default null
   */
  maxlen?: number | null | undefined;
  /** Stored by `add` for an object without a callable member `name` (instead of throwing). */
  default?: ((...args: A) => unknown) | undefined;
  /**
   * Remove each callback just before calling it (`call`, `exit`, iteration), so each runs once.
   * @default true
   */
  callOnce?: boolean | undefined;
  /**
   * The arguments `exit` calls the callbacks with, from its own arguments.
   * @default the exit arguments (`[]` or `[error]`) when `name` is `'exit'`, else `[]`
   */
  defaultGetter?: ((...exitArgs: ContextExitArgs) => A) | undefined;
}

const API = 'asyncutils.misc.CallbackAccumulator';

/**
 * Collects one method of many objects (`o[name]`, bound to `o`) and calls them all later in order:
 * explicitly with {@link CallbackAccumulator.call | call(...args)}, or when the accumulator exits as a
 * context manager (`using`, `run`, `exitAsync`).
 *
 * @remarks
 * The port of Python's `asyncutils.misc.CallbackAccumulator` (which subclasses `deque`; this class keeps
 * its callbacks in a field and offers `length`, `maxlen`, `add`, `offerLast`, `call`, `callbacks`, `clear`
 * and iteration). With `name` `'exit'` it gathers the `exit` methods of other context managers, which are
 * then called with the same exit arguments (`run(fn)` and `runAsync(fn)` pass the error `fn` threw;
 * `using` cannot see it). `exitAsync`/`await using` call `exit` on a later macrotask, through the mixin's
 * `runner`.
 *
 * @typeParam A - The callbacks' arguments.
 * @throws TypeError when an item is not a function or an option has the wrong type.
 * @throws RangeError when `maxlen` is not `null` or an integer `>= 0`.
 *
 * @example
 * ```ts
 * import { CallbackAccumulator } from '@asyncutils/misc';
 *
 * {
 *   using closers = new CallbackAccumulator('close');
 *   const a = openSocket();
 *   closers.add(a); // a.close, bound to a
 *   const b = openFile();
 *   closers.add(b);
 * } // a.close(), then b.close()
 * ```
 */
export class CallbackAccumulator<A extends unknown[] = unknown[]> extends ExecutorRequiredAsyncContextMixin<CallbackAccumulator<A>> {
  readonly #name: PropertyKey;
  readonly #maxlen: number | null;
  readonly #default: ((...args: A) => unknown) | undefined;
  readonly #callOnce: boolean;
  readonly #getter: (...exitArgs: ContextExitArgs) => A;
  /** The callbacks: `#items[#head]` is the oldest (a deque over an array). */
  #items: (((...args: A) => unknown) | undefined)[] = [];
  #head = 0;

  /**
   * Creates an accumulator of the members named `name`.
   * @param name - The member taken from each object given to `add`.
   * @param items - Initial callbacks (functions, stored as they are; subject to `maxlen`).
   * @param opts - {@link CallbackAccumulatorOptions}.
   * @throws TypeError / RangeError for bad arguments (see the class).
   */
  constructor(name: PropertyKey, items?: Iterable<(...args: A) => unknown> | null, opts?: CallbackAccumulatorOptions<A>) {
    super();
    const kind = typeof name;
    if (kind != 'string' && kind != 'symbol' && kind != 'number') fail(API, 'name must be a property key', name);
    const o = optionsObject(API, opts);
    const maxlen = o?.maxlen ?? null;
    if (maxlen !== null) {
      if (typeof maxlen != 'number') fail(API, 'maxlen must be a number or null', maxlen);
      if (!(Number.isInteger(maxlen) && maxlen >= 0)) fail(API, 'maxlen must be an integer >= 0 or null', maxlen, RangeError);
    }
    const dflt = o?.default;
    if (dflt !== undefined) func(API, 'default', dflt);
    const callOnce = o?.callOnce ?? true;
    if (typeof callOnce != 'boolean') fail(API, 'callOnce must be a boolean', callOnce);
    const getter = o?.defaultGetter;
    if (getter !== undefined) func(API, 'defaultGetter', getter);
    this.#name = name;
    this.#maxlen = maxlen;
    this.#default = dflt;
    this.#callOnce = callOnce;
    this.#getter = getter ?? (name === 'exit' ? (...args: ContextExitArgs) => args as unknown as A : () => [] as unknown as A);
    if (items != null) {
      if (typeof (items as Partial<Iterable<unknown>>)[Symbol.iterator] != 'function') fail(API, 'items must be an iterable', items);
      for (const cb of items) this.#push(func(API, 'each item', cb));
    }
  }

  /** How many callbacks are stored. */
  get length(): number {
    return this.#items.length - this.#head;
  }

  /** The most callbacks kept (`null`: no limit), as constructed. */
  get maxlen(): number | null {
    return this.#maxlen;
  }

  /** Appends `cb`, dropping the oldest first when full. */
  #push(cb: (...args: A) => unknown): void {
    const max = this.#maxlen;
    if (max === 0) return;
    if (max !== null && this.length >= max) this.#shift();
    this.#items.push(cb);
  }

  /** Removes and returns the oldest callback (the accumulator must not be empty). */
  #shift(): (...args: A) => unknown {
    const items = this.#items;
    const cb = items[this.#head] as (...args: A) => unknown;
    items[this.#head++] = undefined;
    if (this.#head === items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head >= 64 && this.#head * 2 >= items.length) {
      this.#items = items.slice(this.#head);
      this.#head = 0;
    }
    return cb;
  }

  /**
   * Stores `o[name]` bound to `o`; when `o` has no callable member `name`, the `default` callback if one
   * was given. When full, the oldest callback is dropped first (`maxlen: 0` stores nothing).
   * @param o - The object.
   * @throws TypeError `asyncutils.misc.CallbackAccumulator.add: <type> has no callable member <name>`
   * without a `default`.
   *
   * @example
   * ```ts
   * const acc = new CallbackAccumulator('close');
   * acc.add(socket); // socket.close, bound to socket
   * ```
   */
  add(o: object): void {
    const cb: unknown = o == null ? undefined : (o as Record<PropertyKey, unknown>)[this.#name];
    if (typeof cb == 'function') this.#push(cb.bind(o) as (...args: A) => unknown);
    else if (this.#default !== undefined) this.#push(this.#default);
    else throw new TypeError(`${API}.add: ${typeName(o)} has no callable member ${String(this.#name)}`);
  }

  /**
   * Adds like {@link CallbackAccumulator.add | add} only when there is room (`maxlen` is `null` or not
   * reached).
   * @param o - The object.
   * @returns Whether it was added.
   * @throws TypeError as `add`.
   *
   * @example
   * ```ts
   * const acc = new CallbackAccumulator('close', [], { maxlen: 1 });
   * acc.offerLast(a); // true
   * acc.offerLast(b); // false
   * ```
   */
  offerLast(o: object): boolean {
    const max = this.#maxlen;
    if (max !== null && this.length >= max) return false;
    this.add(o);
    return true;
  }

  /**
   * Calls every callback in order with `args` (Python `__call__`); return values are ignored. With
   * `callOnce`, each is removed just before it is called (callbacks added meanwhile are called too; after an
   * error the uncalled ones remain); else a snapshot is called and they stay.
   * @param args - The callbacks' arguments.
   * @throws What a callback throws (the first error stops the calls).
   *
   * @example
   * ```ts
   * const listeners = new CallbackAccumulator<[string]>('notify', [], { callOnce: false });
   * listeners.add(logger);
   * listeners.call('started'); // logger.notify('started')
   * ```
   */
  call(...args: A): void {
    for (const cb of this) cb(...args);
  }

  /** A copy of the stored callbacks, oldest first. */
  get callbacks(): ((...args: A) => unknown)[] {
    return this.#items.slice(this.#head) as ((...args: A) => unknown)[];
  }

  /**
   * Iterates the callbacks, oldest first: with `callOnce`, removing each from the front as it is yielded
   * while any remain; else over a snapshot.
   * @returns An iterator of the callbacks.
   */
  *[Symbol.iterator](): Generator<(...args: A) => unknown, void, undefined> {
    if (!this.#callOnce) {
      yield* this.callbacks;
      return;
    }
    while (this.length > 0) yield this.#shift();
  }

  /**
   * Removes every callback.
   *
   * @example
   * ```ts
   * acc.clear();
   * acc.length; // 0
   * ```
   */
  clear(): void {
    this.#items = [];
    this.#head = 0;
  }

  /**
   * Calls the callbacks with `defaultGetter(...args)` (Python `__exit__`): by default the exit arguments
   * themselves when `name` is `'exit'`, else none. Never suppresses an error.
   * @param args - Nothing for a normal exit; the thrown value when the block threw.
   * @throws What a callback or `defaultGetter` throws.
   */
  exit(...args: ContextExitArgs): void {
    this.call(...this.#getter(...args));
  }
}
