// `enhancedStaggeredRace`: asyncio's staggered race over a mixed (async) iterable, items pulled at their turn.
import { CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID } from '@asyncutils/context';
import { convertItem, invalidItem } from './convertToCoroIter.js';
import { arm, type TimerTarget } from './timer.js';
import { checkOptions, checkSignal, checkTimeout, fail, isAsyncIterable, isIterable, isThenable } from './validate.js';

const API = 'asyncutils.compete.enhanced_staggered_race';

/**
 * What {@link enhancedStaggeredRace} resolves: the winner's value and index (`undefined`/`null` when every item
 * failed), and one entry per started item: its rejection reason, the abort reason of a cancelled loser, or
 * `null` (the winner, or a loser that fulfilled after it was aborted).
 *
 * @typeParam T - The items' value type.
 *
 * @example
 * ```ts
 * import { enhancedStaggeredRace, type StaggeredRaceResult } from '@asyncutils/compete';
 *
 * const [value, index, errors]: StaggeredRaceResult<Response> = await enhancedStaggeredRace(mirrors, 250);
 * if (index === null) throw new AggregateError(errors, 'every mirror failed');
 * ```
 */
export type StaggeredRaceResult<T> = [winnerResult: T | undefined, winnerIndex: number | null, exceptions: unknown[]];

/** Item states: 0 running, 1 fulfilled, 2 rejected, 3 abandoned (a promise item given up on). */
const RUNNING = 0;
/** How the race ended. */
const WON = 1;
const ALL_FAILED = 2;
const ABORTED = 3;
const FAILED = 4;

function noop(): void {}

type AnyIterator = Iterator<unknown> | AsyncIterator<unknown>;

/** The state of one staggered race. */
class Staggered implements TimerTarget {
  readonly states: number[] = [];
  readonly ctrls: (AbortController | undefined)[] = [];
  readonly exceptions: unknown[] = [];
  how = 0;
  /** The winner's value (`WON`), or the error (`ABORTED`, `FAILED`). */
  out: unknown;
  winner: number | null = null;
  private running = 0;
  private exhausted = false;
  private pulling = false;
  private closed = false;
  private cleaning = false;
  /** The item whose turn the driver waits on. */
  private turnIndex = -1;
  private wakeTurn: (() => void) | undefined;
  private wake: (() => void) | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly cfs: unknown,
    private readonly it: AnyIterator,
    private readonly isAsync: boolean,
    private readonly delay: number | undefined,
    private readonly skipInvalid: boolean,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** The caller's signal aborted (the race is its own `abort` listener). */
  handleEvent(): void {
    this.finish(ABORTED, this.signal?.reason);
  }

  /** The delay elapsed (called by {@link arm}): the next item's turn. */
  onTimer(): void {
    this.nextTurn();
  }

  /** Runs the race to its end, then cleans up: aborts and awaits running function items, closes the iterator. */
  async run(): Promise<StaggeredRaceResult<unknown>> {
    this.signal?.addEventListener('abort', this, { once: true });
    const decided = new Promise<void>((resolve) => (this.wake = resolve));
    void this.drive();
    await decided;
    const { states, ctrls, exceptions } = this;
    let reason: DOMException | undefined;
    let waiting = 0;
    for (let i = 0; i < states.length; i++) {
      if (states[i] !== RUNNING) continue;
      reason ??= new DOMException(`${API}: lost the race`, 'AbortError');
      if (ctrls[i] === undefined) {
        states[i] = 3;
        exceptions[i] = reason;
      } else waiting++;
    }
    if (waiting > 0) {
      this.cleaning = true;
      this.running = waiting;
      const done = new Promise<void>((resolve) => (this.wake = resolve));
      for (let i = 0; i < states.length; i++) if (states[i] === RUNNING) ctrls[i]?.abort(reason);
      await done;
    }
    if (!this.pulling) await this.close();
    if (this.how === WON) return [this.out, this.winner, exceptions];
    if (this.how === ALL_FAILED) return [undefined, null, exceptions];
    throw this.out;
  }

  /** Pulls and starts the items one at a time, each at its turn. */
  private async drive(): Promise<void> {
    try {
      for (;;) {
        let r: IteratorResult<unknown>;
        this.pulling = true;
        try {
          r = this.isAsync ? await (this.it as AsyncIterator<unknown>).next() : (this.it as Iterator<unknown>).next();
        } catch (e) {
          this.closed = true;
          this.finish(FAILED, e);
          return;
        } finally {
          this.pulling = false;
        }
        if (r.done) {
          this.closed = true;
          this.exhausted = true;
          this.check();
          return;
        }
        if (this.how !== 0) {
          // Decided while this item was pulled: it never starts (a promise item's rejection is handled).
          if (isThenable(r.value)) Promise.resolve(r.value).catch(noop);
          await this.close();
          return;
        }
        const started = this.start(r.value);
        if (started < 0) return;
        if (started > 0 && this.states[this.turnIndex] === RUNNING && this.how === 0) {
          await new Promise<void>((resolve) => {
            this.wakeTurn = resolve;
            if (this.delay !== undefined) arm(this, this.delay);
          });
        }
        if (this.how !== 0) return;
      }
    } catch (e) {
      this.finish(FAILED, e);
    }
  }

  /** Starts one item: 1 started, 0 skipped (invalid), -1 the race failed on it (invalid, not skipped). */
  private start(item: unknown): number {
    let p: Promise<unknown> | undefined;
    let c: AbortController | undefined;
    if (typeof item === 'function') {
      c = new AbortController();
      try {
        p = Promise.resolve((item as (signal: AbortSignal) => unknown)(c.signal));
      } catch (e) {
        p = Promise.reject(e);
      }
    } else {
      p = convertItem(item);
      if (p === undefined) {
        if (this.skipInvalid) return 0;
        this.finish(FAILED, new TypeError(invalidItem(this.cfs, item)));
        return -1;
      }
    }
    const i = this.states.length;
    this.states.push(RUNNING);
    this.ctrls.push(c);
    this.exceptions.push(null);
    this.running++;
    this.turnIndex = i;
    p.then(
      (v) => this.settle(i, 1, v),
      (e) => this.settle(i, 2, e),
    );
    return 1;
  }

  private settle(i: number, s: number, v: unknown): void {
    if (this.states[i] !== RUNNING) return;
    this.states[i] = s;
    if (s === 2) this.exceptions[i] = v;
    this.running--;
    if (this.cleaning) {
      if (this.running === 0) this.wake?.();
      return;
    }
    if (this.how !== 0) return;
    if (s === 1) {
      this.winner = i;
      this.finish(WON, v);
      return;
    }
    if (i === this.turnIndex) this.nextTurn();
    this.check();
  }

  /** Every item failed and there are no more. */
  private check(): void {
    if (this.exhausted && this.running === 0) this.finish(ALL_FAILED, undefined);
  }

  private nextTurn(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const w = this.wakeTurn;
    this.wakeTurn = undefined;
    w?.();
  }

  private finish(how: number, out: unknown): void {
    if (this.how !== 0) return;
    this.how = how;
    this.out = out;
    this.signal?.removeEventListener('abort', this);
    this.nextTurn();
    this.wake?.();
  }

  /** Closes the iterator once (its `return()`, errors ignored), unless it is exhausted or broken. */
  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.it.return?.();
    } catch {
      // A failing `return()` changes nothing: the race is over.
    }
  }
}

/**
 * asyncio's `staggered_race` over a mix of functions, promises, iterables and async iterables (Python's
 * `enhanced_staggered_race`): item 0 starts at once; item `i + 1` starts when item `i` fails or `delay` ms after
 * item `i` started, whichever comes first; the first started item to fulfil wins.
 *
 * @remarks
 * Items are pulled from `cfs` (sync or async) one at a time, at their turn, and never after the race is over (the
 * iterator is then closed with `return()`). A function item is called at its turn with an `AbortSignal` (the way
 * to delay real work); other items are converted as by `convertToCoroIter` (an invalid item is skipped, without an
 * index, unless `CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID` is `false`: then the race fails with a `TypeError`).
 * When an item wins, nothing more starts, running function items are aborted with a `DOMException` named
 * `AbortError` (`…: lost the race`) and awaited, running promise items are abandoned. Raises no audit event.
 *
 * @typeParam T - The items' value type.
 * @param cfs - The items: a sync or async iterable.
 * @param delay - Milliseconds before the next item starts although the current one is still running.
 * `null`/`undefined`/`Infinity`: only when it fails.
 * @param opts - `signal` aborts the race: running items are aborted and awaited, and the call rejects with
 * `signal.reason`.
 * @returns `[winnerValue, winnerIndex, exceptions]`, or `[undefined, null, exceptions]` when every item failed
 * (`[undefined, null, []]` for no items).
 * @throws (rejects) TypeError for a non-iterable `cfs` or bad options, RangeError for a `NaN` or negative `delay`,
 * `signal.reason` on abort, the error of the iterator or of an invalid item (running items are aborted first).
 *
 * @example
 * ```ts
 * import { enhancedStaggeredRace } from '@asyncutils/compete';
 *
 * const get = (url: string) => (signal: AbortSignal) => fetch(url, { signal }).then((r) => r.json());
 * // Ask the primary; if it has not answered (or failed) after 200 ms, ask the replica too; first answer wins.
 * const [data, index, errors] = await enhancedStaggeredRace([get(primary), get(replica)], 200);
 * ```
 */
export async function enhancedStaggeredRace<T = unknown>(
  cfs: Iterable<unknown> | AsyncIterable<unknown>,
  delay?: number | null,
  opts?: { readonly signal?: AbortSignal | undefined },
): Promise<StaggeredRaceResult<T>> {
  const sync = isIterable(cfs);
  if (!sync && !isAsyncIterable(cfs)) fail(API, 'cfs must be an iterable or an async iterable', cfs);
  const ms = checkTimeout(API, delay, 'delay');
  const signal = checkSignal(API, checkOptions(API, opts).signal);
  if (signal?.aborted) throw signal.reason;
  const skipInvalid = CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID.get();
  const it = sync ? (cfs as Iterable<unknown>)[Symbol.iterator]() : (cfs as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  return new Staggered(cfs, it, !sync, ms, skipInvalid, signal).run() as Promise<StaggeredRaceResult<T>>;
}
