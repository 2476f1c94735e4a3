// Internal: one event stream of an `EventBus` — its own bounded buffer, fed by the bus (backpressure: a feeder
// waits for room up to its timeout, then drops the oldest entry) and read as an async generator.
import { append, chain, first, type Link, unlink } from './chain.js';
import { after } from './timers.js';

/** A pending `next()`. */
interface Reader extends Link {
  r: (v: IteratorResult<never, void>) => void;
  j: (e: unknown) => void;
  /** Cancels its item timer. */
  d: () => void;
}

/** A feeder waiting for room. */
interface Feeder extends Link {
  v: unknown;
  r: () => void;
  /** Cancels its room timer. */
  d: () => void;
}

const DONE: IteratorResult<never, void> = /* @__PURE__ */ Object.freeze({ value: undefined, done: true });

/**
 * An event stream: an async generator over the entries the bus feeds it.
 * @internal
 */
export class EventStream<T> implements AsyncGenerator<T, void, unknown> {
  /** The event type it is fed (`null`: every type, as `[eventType, data]` entries). */
  readonly t: string | null;
  /** Buffered entries, oldest first. */
  #b: T[] = [];
  /** Pending `next()` calls (only while the buffer is empty). */
  #r: Link = chain();
  /** Feeders waiting for room (only while the buffer is full). */
  #w: Link = chain();
  /** 0 open, 1 closed by the bus (drain the buffer, then end), 2 ended. */
  #end = 0;
  /** An abort reason that the next `next()` rejects with. */
  #x: [unknown] | undefined;
  readonly #max: number;
  readonly #item: number | null;
  readonly #sig: AbortSignal | undefined;
  readonly #fin: () => void;

  /**
   * @param t - The event type (`null`: catch-all).
   * @param max - Buffer bound (`0`: none).
   * @param item - Item timeout of a `next()` that finds the buffer empty (ms; `null`: none).
   * @param sig - Ends the stream on abort.
   * @param fin - Detaches the stream from its bus (unsubscribes the feeder); called once when it ends.
   */
  constructor(t: string | null, max: number, item: number | null, sig: AbortSignal | undefined, fin: () => void) {
    this.t = t;
    this.#max = max;
    this.#item = item;
    this.#sig = sig;
    this.#fin = fin;
    sig?.addEventListener('abort', this, { once: true });
  }

  /**
   * Stores `v`: hands it to a waiting reader, or buffers it; when the buffer is full, waits up to `ms` (`null`:
   * no limit) for room, then drops the oldest entry. Ignored once the stream is closed.
   */
  push(v: T, ms: number | null | undefined): Promise<void> | undefined {
    if (this.#end) return;
    const r = first<Reader>(this.#r);
    if (r) return void this.#settle(r, { value: v as never, done: false });
    if (!this.#max || this.#b.length < this.#max) {
      this.#b.push(v);
      return;
    }
    return new Promise<void>((res) => {
      const f = { v, r: res } as Feeder;
      append(this.#w, f);
      f.d = after(ms, () => {
        unlink(f);
        this.#b.shift();
        this.#b.push(v);
        res();
      });
    });
  }

  /** Stops feeding (the bus shuts down): `immediate` ends the stream now; else buffered entries are still read. */
  close(immediate?: boolean): void {
    if (this.#end) return;
    this.#end = 1;
    this.#release();
    if (immediate || !this.#b.length) this.#finish();
  }

  /** Resolves the feeders waiting for room (their entries are dropped). */
  #release(): void {
    for (let f: Feeder | undefined; (f = first<Feeder>(this.#w)); ) {
      unlink(f);
      f.d();
      f.r();
    }
  }

  #settle(r: Reader, v: IteratorResult<never, void>): void {
    unlink(r);
    r.d();
    r.r(v);
  }

  /** Ends the stream: detaches it from the bus, discards the buffer, releases feeders and readers. */
  #finish(): void {
    if (this.#end === 2) return;
    this.#end = 2;
    this.#b = [];
    this.#release();
    for (let r: Reader | undefined; (r = first<Reader>(this.#r)); ) this.#settle(r, DONE);
    this.#sig?.removeEventListener('abort', this);
    this.#fin();
  }

  /** The abort listener: rejects the pending `next()` calls with the reason (else the next one), then ends. */
  handleEvent(): void {
    const e = (this.#sig as AbortSignal).reason;
    let r = first<Reader>(this.#r);
    if (!r) this.#x = [e];
    for (; r; r = first<Reader>(this.#r)) {
      unlink(r);
      r.d();
      r.j(e);
    }
    this.#finish();
  }

  next(): Promise<IteratorResult<T, void>> {
    const x = this.#x;
    if (x) {
      this.#x = undefined;
      return Promise.reject(x[0]);
    }
    if (this.#b.length) {
      const v = this.#b.shift() as T;
      const f = first<Feeder>(this.#w);
      if (f) {
        unlink(f);
        f.d();
        this.#b.push(f.v as T);
        f.r();
      }
      return Promise.resolve({ value: v, done: false });
    }
    if (this.#end) {
      this.#finish();
      return Promise.resolve(DONE);
    }
    return new Promise((res, rej) => {
      const r = { r: res, j: rej } as Reader;
      append(this.#r, r);
      r.d = after(this.#item, () => this.#finish());
    });
  }

  return(): Promise<IteratorResult<T, void>> {
    this.#finish();
    return Promise.resolve(DONE);
  }

  throw(e: unknown): Promise<IteratorResult<T, void>> {
    this.#finish();
    return Promise.reject(e);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.#finish();
  }
}
