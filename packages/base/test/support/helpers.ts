// Test helpers of @asyncutils/base: audit capture, test cancellables, counting sources.
import { addAuditHook, type AuditHookRemover } from '@asyncutils/audit';

/** A captured audit event. */
export type Seen = [event: string, args: readonly unknown[]];

/** Records the events whose name starts with `prefix`; remove the hook with the returned remover. */
export function capture(prefix = 'asyncutils.base.'): { seen: Seen[]; off: AuditHookRemover } {
  const seen: Seen[] = [];
  const off = addAuditHook((event, args) => {
    if (event.startsWith(prefix)) seen.push([event, [...args]]);
  });
  return { seen, off };
}

/** A hook that throws `error` for `event` (a veto). */
export function veto(event: string, error: unknown = new Error(`vetoed ${event}`)): AuditHookRemover {
  return addAuditHook((name) => {
    if (name === event) throw error;
  });
}

/** A test cancellable: a deferred whose `cancel(reason)` rejects it with `reason` (unless told to ignore it). */
export interface TestCancellable<T = unknown> extends PromiseLike<T> {
  readonly promise: Promise<T>;
  cancel(reason?: unknown): void;
  done(): boolean;
  resolve(value: T): void;
  reject(reason: unknown): void;
  readonly cancelCalls: number;
  readonly label: string;
}

/** Order in which test cancellables were cancelled (labels). */
export const cancelLog: string[] = [];

/**
 * Makes a test cancellable. `ignore: true` makes `cancel` a no-op (the item ignores cancellation, to be
 * settled by hand); the default reason is a `DOMException` `AbortError` naming the label.
 */
export function cancellable<T = unknown>(label = 'f', opts: { ignore?: boolean } = {}): TestCancellable<T> {
  let resolveFn!: (value: T) => void;
  let rejectFn!: (reason: unknown) => void;
  let settled = false;
  let cancelCalls = 0;
  const promise = new Promise<T>((resolve, reject) => {
    resolveFn = resolve;
    rejectFn = reject;
  });
  promise.catch(() => {}); // rejections are observed through the API under test
  const self: TestCancellable<T> = {
    promise,
    label,
    get cancelCalls() {
      return cancelCalls;
    },
    then(onFulfilled, onRejected) {
      return promise.then(onFulfilled, onRejected);
    },
    cancel(reason: unknown = new DOMException(`${label} cancelled`, 'AbortError')) {
      cancelCalls++;
      cancelLog.push(label);
      if (opts.ignore || settled) return;
      settled = true;
      rejectFn(reason);
    },
    done: () => settled,
    resolve(value) {
      if (settled) return;
      settled = true;
      resolveFn(value);
    },
    reject(reason) {
      if (settled) return;
      settled = true;
      rejectFn(reason);
    },
  };
  return self;
}

/** A sync iterable that counts reads and records `return()` calls; `[Symbol.iterator]` returns one shared iterator. */
export function counting<T>(items: readonly T[]): Iterable<T> & { pulls: number; returned: number; iterators: number } {
  let i = 0;
  const src = {
    pulls: 0,
    returned: 0,
    iterators: 0,
    [Symbol.iterator]() {
      src.iterators++;
      return {
        next(): IteratorResult<T> {
          src.pulls++;
          return i < items.length ? { done: false, value: items[i++] as T } : { done: true, value: undefined };
        },
        return(): IteratorResult<T> {
          src.returned++;
          return { done: true, value: undefined };
        },
      };
    },
  };
  return src;
}

/** An async generator over `items` that records what `next(v)` received and whether it was closed. */
export function asyncSource<T>(items: readonly T[]): { gen: AsyncGenerator<T, void, unknown>; received: unknown[]; closed: () => boolean } {
  const received: unknown[] = [];
  let closed = false;
  async function* gen(): AsyncGenerator<T, void, unknown> {
    try {
      for (const item of items) received.push(yield item);
    } finally {
      closed = true;
    }
  }
  return { gen: gen(), received, closed: () => closed };
}

/** Drains an async iterable into an array. */
export async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/**
 * A hand-written async iterator over `items` (class `ItemStream`), for thenable items: an async generator's
 * own `yield` would await them. `gate(i)` may return a promise to wait on before item `i` is handed out.
 */
export class ItemStream<T> implements AsyncIterableIterator<T> {
  closed = false;
  private i = 0;

  constructor(
    private readonly items: readonly T[],
    private readonly gate?: (i: number) => Promise<void> | undefined,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<T>> {
    const i = this.i++;
    await this.gate?.(i);
    if (this.closed || i >= this.items.length) return { done: true, value: undefined };
    return { done: false, value: this.items[i] as T };
  }

  async return(): Promise<IteratorResult<T>> {
    this.closed = true;
    return { done: true, value: undefined };
  }
}
