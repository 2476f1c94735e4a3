// `safeCancelBatch(batch, opts)`: the port of `asyncutils.base.safe_cancel_batch`.
import { audit, functionName, typeName } from '@asyncutils/audit';
import type { CancellableLike } from './CancellableLike.js';
import { Disembowel, popSizeKey } from './internal/Disembowel.js';
import { guard, type Halt } from './internal/guard.js';
import { useAsyncProtocol } from './internal/iterables.js';
import { SourceIterator } from './internal/SourceIterator.js';
import { isObject, isPending, isThenable, type StepIterator } from './internal/steps.js';
import { booleanOption, describe, functionOption, optionsOf, signalOption, timeoutOption } from './internal/validate.js';
import type { PopSource } from './PopSource.js';

/**
 * Options of {@link safeCancelBatch}.
 *
 * @example
 * ```ts
 * import { safeCancelBatch, type SafeCancelBatchOptions, type CancellableLike } from '@asyncutils/base';
 *
 * declare const tasks: CancellableLike<unknown>[];
 * const opts: SafeCancelBatchOptions = { disembowel: true, callback: (outcome) => console.log(outcome) };
 * await safeCancelBatch(tasks, opts); // tasks is now empty
 * ```
 */
export interface SafeCancelBatchOptions {
  /**
   * Called once per cancelled item with its outcome (fulfilment value or rejection reason), in batch
   * order, after every item has settled; all calls happen before any returned promise is awaited.
   */
  readonly callback?: (outcome: unknown) => unknown;
  /**
   * Empty the batch while visiting it: pop items from the end (as {@link adisembowel} does) and call its
   * `clear()` afterwards. A batch without `pop()` is iterated as usual.
   *
   * @default false
   */
  readonly disembowel?: boolean;
  /**
   * Reject with an `AggregateError` of the callback's errors (nested `AggregateError`s flattened) when at
   * least one call threw or rejected; otherwise those errors are dropped.
   *
   * @default false
   */
  readonly raising?: boolean;
  /** Rejects the call with `signal.reason` on abort; issued cancellations are not undone. */
  readonly signal?: AbortSignal;
  /**
   * Rejects the call with a `TimeoutError` `DOMException` after this many ms (an addition to the Python
   * API, for items that ignore cancellation). Issued cancellations are not undone.
   *
   * @default Infinity (no timeout)
   */
  readonly timeout?: number;
}

/** One failed callback call's errors, with nested `AggregateError`s flattened to their leaves, in order. */
function leaves(error: unknown, into: unknown[]): void {
  if (error instanceof AggregateError && Array.isArray(error.errors) && error.errors.length > 0) {
    for (const inner of error.errors as unknown[]) leaves(inner, into);
  } else {
    into.push(error);
  }
}

/** Waits until every item has settled; resolves to the outcomes in order (never rejects). */
function settleAll(items: readonly PromiseLike<unknown>[]): Promise<unknown[]> {
  const outcomes = new Array<unknown>(items.length);
  let pending = items.length;
  if (pending === 0) return Promise.resolve(outcomes);
  return new Promise<unknown[]>((resolve) => {
    items.forEach((item, i) => {
      const record = (outcome: unknown): void => {
        outcomes[i] = outcome;
        if (--pending === 0) resolve(outcomes);
      };
      Promise.resolve(item).then(record, record);
    });
  });
}

/** The iteration, cancellation, wait and callbacks of `safeCancelBatch`, stopping once `halt` is set. */
async function cancelAll(
  items: StepIterator<unknown>,
  callback: ((outcome: unknown) => unknown) | undefined,
  raising: boolean,
  halt: Halt,
): Promise<void> {
  const kept: CancellableLike<unknown>[] = [];
  for (;;) {
    let step = items.next();
    if (isPending(step)) step = await step;
    if (halt.halted || step.done) break;
    const item = step.value as Partial<CancellableLike<unknown>> | null;
    if (!isObject(item) || typeof item.cancel !== 'function') {
      try {
        await items.return();
      } catch {
        // The TypeError below is the answer; a failure to close the batch is secondary.
      }
      throw new TypeError(`asyncutils.base.safe_cancel_batch: item is not cancellable (got ${describe(item)}; needs a cancel method)`);
    }
    if (typeof item.done === 'function' && item.done() === true) continue;
    item.cancel();
    if (halt.halted) return;
    kept.push(item as CancellableLike<unknown>);
  }
  if (halt.halted) return;
  const outcomes = await settleAll(kept);
  if (halt.halted || callback === undefined) return;
  const failures: unknown[][] = [];
  const waits: Promise<void>[] = [];
  outcomes.forEach((outcome, i) => {
    const fail = (error: unknown): void => {
      const found: unknown[] = [];
      leaves(error, found);
      failures[i] = found;
    };
    try {
      const result = callback(outcome);
      if (isThenable(result)) waits.push(Promise.resolve(result).then(undefined, fail) as Promise<void>);
    } catch (error) {
      fail(error);
    }
  });
  if (waits.length > 0) await Promise.all(waits);
  if (halt.halted || !raising) return;
  const failed = failures.filter((f) => f !== undefined);
  if (failed.length > 0) {
    throw new AggregateError(failed.flat(), `asyncutils.base.safe_cancel_batch: ${failed.length} callback call(s) failed in ${functionName(callback)}`);
  }
}

/**
 * Cancels every pending item of a batch of cancellables, waits until all of them have settled, and
 * optionally hands each outcome to a callback. It never rejects because an item rejected.
 *
 * @remarks
 * 1. Raises the audit event `asyncutils.base.safe_cancel_batch` with `[typeName(batch)]` before reading
 *    the batch (a throwing hook rejects the call; nothing is cancelled).
 * 2. Visits the batch (an iterable, an async iterable, or, with `disembowel`, a {@link PopSource} emptied
 *    from the end). An item without a `cancel` method rejects the call with a `TypeError` (items already
 *    cancelled stay so); an item whose `done()` returns `true` is skipped; any other is `cancel()`ed.
 * 3. Waits until every cancelled item settles. Its outcome is its fulfilment value (it ignored the
 *    cancellation) or its rejection reason (usually the cancellation reason).
 * 4. With `callback`: calls it once per outcome, in batch order, all before awaiting any returned
 *    thenable; then awaits them. Errors (throws and rejections) are collected; with `raising` and at least
 *    one error, rejects with an `AggregateError` of their leaves (nested `AggregateError`s flattened),
 *    message `asyncutils.base.safe_cancel_batch: <k> callback call(s) failed in <callback name>`.
 * 5. `signal` aborted (or `timeout` passed) at any point: rejects at once with the reason; cancellations
 *    already issued stand, remaining items are not visited and no further callback is called.
 *
 * A sync batch is visited synchronously, with a macrotask turn every 1024 items.
 *
 * @param batch - The items: an (async) iterable of {@link CancellableLike}s, or a {@link PopSource} of them.
 * @param opts - {@link SafeCancelBatchOptions}.
 * @returns A promise fulfilled once every cancelled item has settled and every callback has finished.
 * @throws (rejects) TypeError for a non-cancellable item, a batch that is not iterable, or an option of the
 *   wrong type; RangeError for a NaN or negative `timeout`.
 * @throws (rejects) AggregateError with `raising` when callback calls failed.
 * @throws (rejects) `signal.reason` on abort; `DOMException` `TimeoutError` after `timeout` ms.
 * @throws (rejects) Whatever an audit hook throws.
 *
 * @example
 * ```ts
 * import { safeCancelBatch, type CancellableLike } from '@asyncutils/base';
 *
 * declare const workers: Set<CancellableLike<void>>;
 * await safeCancelBatch(workers, {
 *   callback: (outcome) => console.log('worker ended with', outcome),
 *   signal: AbortSignal.timeout(5_000),
 * });
 * ```
 */
export function safeCancelBatch(
  batch: Iterable<CancellableLike<unknown>> | AsyncIterable<CancellableLike<unknown>> | PopSource<CancellableLike<unknown>>,
  opts?: SafeCancelBatchOptions,
): Promise<void> {
  let items: StepIterator<unknown>;
  let callback: ((outcome: unknown) => unknown) | undefined;
  let raising: boolean;
  let signal: AbortSignal | undefined;
  let timeout: number;
  try {
    audit('asyncutils.base.safe_cancel_batch', typeName(batch));
    const api = 'safe_cancel_batch';
    const o = optionsOf(api, opts);
    callback = functionOption(api, 'callback', o.callback) as ((outcome: unknown) => unknown) | undefined;
    const disembowel = booleanOption(api, 'disembowel', o.disembowel, false);
    raising = booleanOption(api, 'raising', o.raising, false);
    signal = signalOption(api, o.signal);
    timeout = timeoutOption(api, o.timeout);
    const sizeKey = disembowel ? popSizeKey(api, batch, 'pop') : undefined;
    items =
      sizeKey === undefined
        ? new SourceIterator<unknown>(batch, useAsyncProtocol(api, batch, undefined), api)
        : new Disembowel<unknown>(batch as never, 'pop', sizeKey);
  } catch (error) {
    return Promise.reject(error);
  }
  return guard('safe_cancel_batch', signal, timeout, (halt) => cancelAll(items, callback, raising, halt));
}
