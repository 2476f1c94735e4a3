// `UserPriorityQueue`: explicit numeric priorities, first-in-first-out among equal ones; items are never compared.
import type { QueueWaitOptions } from './PotentQueueBase.js';
import { SmartPriorityQueue } from './SmartPriorityQueue.js';
import { need, obj } from './check.js';

/**
 * An entry of a {@link UserPriorityQueue}: its priority, its insertion number (the tie-break), its item.
 *
 * @example
 * ```ts
 * import { UserPriorityQueue, type UserPriorityEntry } from '@asyncutils/queues';
 *
 * const q = new UserPriorityQueue<string>();
 * q.putNowait('urgent', { priority: -1 });
 * const [priority, tiebreak, item]: UserPriorityEntry<string> = q.peekEntry(); // [-1, 0, 'urgent']
 * ```
 */
export type UserPriorityEntry<T> = readonly [priority: number, tiebreak: number, item: T];

/** The `priority` option of the inserting methods. */
interface PriorityOption {
  /** Lower first; a finite number. @defaultValue `0` */
  readonly priority?: number | undefined;
}

/** Marks the options of `fromIterOfTuples`: the items are entries, inserted as they are. */
const RAW: unique symbol = Symbol('raw');

type PutOpts = PriorityOption & { readonly [RAW]?: boolean };

/** Entries by priority, then tie-break. */
function byEntry(a: UserPriorityEntry<unknown>, b: UserPriorityEntry<unknown>): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Throws for a bad `priority` (`undefined` is fine). */
function checkPriority(m: string, p: unknown): void {
  need(p === undefined || Number.isFinite(p), `asyncutils.queues.UserPriorityQueue.${m}`, 'priority', 'a finite number', p, 1);
}

/** Validates the options of an inserting method (no private members: it runs during `super()` too). */
function check(m: string, o: PriorityOption | undefined): void {
  checkPriority(m, obj(`asyncutils.queues.UserPriorityQueue.${m}`, o).priority);
}

/**
 * A priority queue of items with explicit numeric priorities (Python `UserPriorityQueue`): lower priority first,
 * and first-in-first-out among equal priorities (each insertion gets the next tie-break number, from 0). Items
 * are never compared, so they can be anything.
 *
 * @remarks
 * `put`, `putNowait`, `push`, `smartPut` and `extend` take `{ priority }` (default `0`, a finite number);
 * other inserting methods use `0`. Gets, peeks and drains yield items; `peekEntry()` and `peekAllEntries()`
 * show the entries. A rolled-back transaction restores the entries exactly.
 *
 * @typeParam T - The item type.
 *
 * @example
 * ```ts
 * import { UserPriorityQueue } from '@asyncutils/queues';
 *
 * const q = new UserPriorityQueue<string>();
 * q.putNowait('low', { priority: 5 });
 * q.putNowait('a');
 * q.putNowait('b');
 * await q.put('urgent', { priority: -1 });
 * q.drainIntoList(); // ['urgent', 'a', 'b', 'low']
 * ```
 */
export class UserPriorityQueue<T> extends SmartPriorityQueue<T> {
  /** `'asyncutils.queues.UserPriorityQueue'`. */
  static override readonly qualname: string = 'asyncutils.queues.UserPriorityQueue';
  /**
   * The next tie-break (assigned during `super()`, so not an initialised field).
   * @internal
   */
  declare protected _t: number | undefined;

  /**
   * @param maxsize - The capacity (see {@link PotentQueueBase}). @defaultValue `0` (unbounded)
   * @param opts - `initItems` (inserted like `SmartPriorityQueue`'s), `initPriority` (their priority).
   * @defaultValue `opts.initPriority`: `0`
   * @throws `TypeError`/`RangeError` for a bad `maxsize`, `initPriority` or `initItems`.
   */
  constructor(maxsize = 0, opts?: { readonly initItems?: Iterable<T> | AsyncIterable<T> | undefined; readonly initPriority?: number | undefined }) {
    checkPriority('constructor', obj('asyncutils.queues.UserPriorityQueue', opts).initPriority);
    super(maxsize, {
      initItems: opts?.initItems,
      compare: byEntry as (a: unknown, b: unknown) => number,
      priority: opts?.initPriority,
      [RAW]: (opts as PutOpts | undefined)?.[RAW],
    } as object);
  }

  /**
   * A queue holding the given entries as they are (malformed entry → `TypeError` when reached; equal
   * `[priority, tiebreak]` pairs are then ordered arbitrarily). Inserted like `initItems`: check `ready`.
   * @param items - Entries `[priority, tiebreak, item]`, sync or async.
   * @param maxsize - The capacity. @defaultValue `0` (unbounded)
   * @returns The new queue.
   */
  static fromIterOfTuples<T>(items: Iterable<readonly [number, number, T]> | AsyncIterable<readonly [number, number, T]>, maxsize = 0): UserPriorityQueue<T> {
    return new UserPriorityQueue<T>(maxsize, { initItems: items as Iterable<T>, [RAW]: true } as object);
  }

  protected override _put(item: T, o?: PutOpts): void {
    let e: UserPriorityEntry<T>;
    if (o?.[RAW]) {
      const x = item as unknown as UserPriorityEntry<T>;
      need(
        Array.isArray(x) && x.length === 3 && Number.isFinite(x[0]) && Number.isFinite(x[1]),
        'asyncutils.queues.UserPriorityQueue.fromIterOfTuples',
        'an entry',
        '[priority, tiebreak, item] with finite numbers',
        x,
      );
      e = [x[0], x[1], x[2]];
    } else {
      const p = o?.priority;
      checkPriority('put', p);
      const t = this._t ?? 0;
      this._t = t + 1;
      e = [p === undefined ? 0 : p, t, item];
    }
    super._put(e as unknown as T);
  }

  protected override _item(entry: unknown): T {
    return (entry as UserPriorityEntry<T>)[2];
  }

  /**
   * Stores an item with a priority, without waiting.
   * @param item - The item.
   * @param opts - `priority`.
   * @throws `RangeError`/`TypeError` for a bad priority; `QueueShutDown`; `QueueFull`.
   */
  override putNowait(item: T, opts?: PriorityOption): void {
    check('putNowait', opts);
    super.putNowait(item, opts as never);
  }

  /**
   * Stores an item with a priority, waiting for room.
   * @param item - The item.
   * @param opts - `priority`, `signal`, `timeout` (ms).
   * @returns A promise that resolves once stored (rejects for a bad priority, as `put`).
   */
  override put(item: T, opts?: QueueWaitOptions & PriorityOption): Promise<void> {
    try {
      check('put', opts);
    } catch (e) {
      return Promise.reject(e);
    }
    return super.put(item, opts);
  }

  /**
   * Stores an item with a priority, evicting the next item when full (see the base).
   * @param item - The item.
   * @param opts - `priority`.
   * @returns `false` when shut down or a transaction is open.
   */
  override push(item: T, opts?: PriorityOption): boolean {
    check('push', opts);
    return super.push(item, opts as never);
  }

  /**
   * `smartPut` with a priority (see the base).
   * @param item - The item.
   * @param opts - `priority`, `signal`, `timeout` (ms), `raising`.
   * @returns `true` once stored, `false` on a timeout with `raising: false`.
   */
  override smartPut(item: T, opts?: QueueWaitOptions & PriorityOption & { readonly raising?: boolean | undefined }): Promise<boolean> {
    return super.smartPut(item, opts);
  }

  /**
   * `extend` with one priority for every item (see the base).
   * @param items - A sync or async iterable.
   * @param opts - `priority`, `signal`.
   * @returns A promise that resolves once every item is stored.
   */
  override extend(items: Iterable<T> | AsyncIterable<T>, opts?: PriorityOption & { readonly signal?: AbortSignal | undefined }): Promise<void> {
    return super.extend(items, opts);
  }

  /**
   * The next entry, without removing it.
   * @throws `QueueEmpty` when empty.
   */
  peekEntry(): UserPriorityEntry<T> {
    this.peek();
    return [...(this._h[0] as UserPriorityEntry<T>)];
  }

  /** Every entry, in get order (copies). */
  peekAllEntries(): UserPriorityEntry<T>[] {
    return this._snapshot().map((e) => [...(e as UserPriorityEntry<T>)] as const);
  }

}
