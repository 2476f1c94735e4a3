// `Rendezvous`: a Go-style unbuffered channel. A `put` and a `get` meet and hand one value over; `exchange`
// does both at once and swaps values with another party.
import { append, chain, type Link, unlink } from './chain.js';
import { bool, dur, opts as optsOf, sig, timedOut } from './shared.js';
import { arm } from './timers.js';

/**
 * A snapshot of a {@link Rendezvous}: how many getters and putters (offers) wait.
 *
 * @example
 * ```ts
 * import { Rendezvous, type RendezvousState } from '@asyncutils/channels';
 *
 * const s: RendezvousState = new Rendezvous().stateSnapshot();
 * s.idle; // true
 * ```
 */
export interface RendezvousState {
  /** Waiting getters (including the get sides of pending exchanges). */
  readonly numGetters: number;
  /** Waiting offers (including the put sides of exchanges). */
  readonly numPutters: number;
  /** `numGetters + numPutters`. */
  readonly numOps: number;
  /** `numOps === 0`. */
  readonly idle: boolean;
}

/** A waiting getter or offer; `x` is the exchange it belongs to, if any. */
interface Node extends Link {
  x?: object;
  /** The value of an offer. */
  v?: unknown;
  /** A getter receives a value; an offer was taken (its argument is ignored). */
  r: (v?: unknown) => void;
  /** Reset. */
  z: () => void;
}

/** One side: a FIFO list and its length. */
interface Side extends Link {
  c: number;
}

const API = 'Rendezvous';

function side(): Side {
  const s = chain<Side>();
  s.c = 0;
  return s;
}

function add(s: Side, n: Node): void {
  append(s, n);
  s.c++;
}

/** Removes `n` from `s` if it is still there. */
function del(s: Side, n: Node | undefined): void {
  if (n && n.n !== n) {
    unlink(n);
    s.c--;
  }
}

/** The oldest node of `s` that does not belong to exchange `x`. */
function oldest(s: Side, x?: object): Node | undefined {
  for (let n: Link = s.n; n !== s; n = n.n) if (!x || (n as Node).x !== x) return n as Node;
  return undefined;
}

function resetError(): DOMException {
  return new DOMException(`asyncutils.channels.${API}: reset`, 'AbortError');
}

/** Checks `{ timeout, signal }`; an already aborted signal throws its reason. */
function waitOpts(api: string, o: { timeout?: number; signal?: AbortSignal } | undefined): [number | undefined, AbortSignal | undefined] {
  const { timeout, signal } = optsOf(api, o);
  const ms = dur(api, 'timeout', timeout) as number | undefined;
  const s = sig(api, signal);
  if (s?.aborted) throw s.reason;
  return [ms, s];
}

/**
 * A Go-style unbuffered channel: `put` waits until a `get` takes its value (and vice versa), and `exchange` swaps
 * values between two parties.
 *
 * @remarks
 * The port of Python's `asyncutils.channels.Rendezvous`. Waiting getters and offers are served FIFO; a waiter that
 * times out or is aborted is withdrawn at once, so a getter never receives a withdrawn offer and a `put` that
 * resolved `false` was never received. There is no background task.
 *
 * @typeParam T - The values handed over.
 *
 * @example
 * ```ts
 * import { Rendezvous } from '@asyncutils/channels';
 *
 * const rdv = new Rendezvous<string>();
 * const [received, taken] = await Promise.all([rdv.get(), rdv.put('hello')]);
 * received; // 'hello'
 * taken; // true
 * ```
 */
export class Rendezvous<T> {
  readonly #g: Side = side();
  readonly #o: Side = side();

  /**
   * Offers `value` to a getter: hands it to the oldest waiting getter at once, else waits until one takes it.
   *
   * @param value - The value.
   * @param opts - `timeout` (ms: the offer is withdrawn and the call resolves `false`), `signal` (rejects with its
   * reason and withdraws the offer).
   * @returns `true` when the value was taken; `false` on timeout or {@link Rendezvous.reset}.
   *
   * @example
   * ```ts
   * if (!(await rdv.put(job, { timeout: 1_000 }))) console.warn('no worker took the job');
   * ```
   */
  put(value: T, opts?: { timeout?: number; signal?: AbortSignal }): Promise<boolean> {
    return this.#offer(value, 'Rendezvous.put', opts, false);
  }

  /**
   * As {@link Rendezvous.put}, but a timeout rejects with a `DOMException` named `TimeoutError` and a reset with
   * one named `AbortError`.
   *
   * @param value - The value.
   * @param opts - `timeout` (ms), `signal`.
   * @returns A promise that resolves when the value was taken.
   *
   * @example
   * ```ts
   * await rdv.raisingPut(job, { timeout: 1_000 });
   * ```
   */
  async raisingPut(value: T, opts: { timeout?: number; signal?: AbortSignal }): Promise<void> {
    await this.#offer(value, 'Rendezvous.raisingPut', opts, true);
  }

  #offer(v: T, api: string, o: { timeout?: number; signal?: AbortSignal } | undefined, raising: boolean): Promise<boolean> {
    return new Promise<boolean>((res, rej) => {
      const [ms, s] = waitOpts(api, o);
      const g = oldest(this.#g);
      if (g) {
        del(this.#g, g);
        g.r(v);
        return res(true);
      }
      const n = { v } as Node;
      const off = arm(
        ms,
        s,
        () => {
          del(this.#o, n);
          if (raising) rej(timedOut(api, ms as number));
          else res(false);
        },
        (r) => {
          del(this.#o, n);
          rej(r);
        },
      );
      n.r = () => {
        off();
        res(true);
      };
      n.z = () => {
        off();
        if (raising) rej(resetError());
        else res(false);
      };
      add(this.#o, n);
    });
  }

  /**
   * Takes a value: the oldest waiting offer's at once (its `put` resolves `true`), else waits for one.
   *
   * @remarks
   * When no offer waits, `default` is given and `timeout` is not, resolves with `default` at once. On timeout,
   * resolves with `default` if given, else rejects with a `DOMException` named `TimeoutError`.
   *
   * @param opts - `default`, `timeout` (ms), `signal` (rejects with its reason).
   * @returns The value.
   *
   * @example
   * ```ts
   * const v = await rdv.get({ timeout: 100, default: null });
   * ```
   */
  get(opts?: { default?: T; timeout?: number; signal?: AbortSignal }): Promise<T> {
    return new Promise<T>((res, rej) => {
      const api = 'Rendezvous.get';
      const [ms, s] = waitOpts(api, opts);
      const n = oldest(this.#o);
      if (n) {
        del(this.#o, n);
        n.r();
        return res(n.v as T);
      }
      const hasDefault = opts !== undefined && 'default' in opts;
      if (hasDefault && ms === undefined) return res(opts.default as T);
      const g = {} as Node;
      const off = arm(
        ms,
        s,
        () => {
          del(this.#g, g);
          if (hasDefault) res(opts.default as T);
          else rej(timedOut(api, ms as number));
        },
        (r) => {
          del(this.#g, g);
          rej(r);
        },
      );
      g.r = (v) => {
        off();
        res(v as T);
      };
      g.z = () => {
        off();
        rej(resetError());
      };
      add(this.#g, g);
    });
  }

  /**
   * Swaps values with another party: gives `value` to a getter (or another exchange) and receives a value from a
   * putter (or another exchange); never pairs with itself.
   *
   * @remarks
   * Both sides are registered at the call, the get side first: it takes the oldest offer (or waits as a getter);
   * the put side hands `value` to the oldest getter that is not its own (or waits as an offer). The call resolves
   * with the received value once both sides are done, or, with `asap`, as soon as the get side is (the offer then
   * stays until taken or reset). On timeout or abort: if a value was already received, resolves with it and
   * withdraws a pending offer; else withdraws both sides and rejects (a `DOMException` named `TimeoutError`, or the
   * abort reason). A value already delivered is not recalled.
   *
   * @param value - The value to give.
   * @param opts - `asap` (default `false`), `timeout` (ms), `signal`.
   * @returns The received value.
   *
   * @example
   * ```ts
   * const [a, b] = await Promise.all([rdv.exchange('ping'), rdv.exchange('pong')]);
   * a; // 'pong'
   * b; // 'ping'
   * ```
   */
  exchange(value: T, opts?: { asap?: boolean; timeout?: number; signal?: AbortSignal }): Promise<T> {
    return new Promise<T>((res, rej) => {
      const api = 'Rendezvous.exchange';
      const [ms, s] = waitOpts(api, opts);
      const asap = opts?.asap;
      bool(api, 'asap', asap);
      const x = {};
      let got: [unknown] | undefined;
      let sent = false;
      let settled = false;
      let g: Node | undefined;
      let n: Node | undefined;
      const finish = (): void => {
        if (settled || !got || !(sent || asap)) return;
        settled = true;
        off();
        res(got[0] as T);
      };
      const fail = (e: unknown): void => {
        if (settled) return;
        settled = true;
        off();
        del(this.#g, g);
        del(this.#o, n);
        rej(e);
      };
      const expire = (e: unknown): void => {
        if (!got) return fail(e);
        del(this.#o, n);
        sent = true;
        finish();
      };
      const off = arm(
        ms,
        s,
        () => expire(timedOut(api, ms as number)),
        (r) => expire(r),
      );
      const offer = oldest(this.#o);
      if (offer) {
        del(this.#o, offer);
        offer.r();
        got = [offer.v];
      } else {
        g = {
          x,
          r: (v) => {
            g = undefined;
            got = [v];
            finish();
          },
          z: () => fail(resetError()),
        } as Node;
        add(this.#g, g);
      }
      const peer = oldest(this.#g, x);
      if (peer) {
        del(this.#g, peer);
        peer.r(value);
        sent = true;
      } else {
        n = {
          x,
          v: value,
          r: () => {
            n = undefined;
            sent = true;
            finish();
          },
          z: () => fail(resetError()),
        } as Node;
        add(this.#o, n);
      }
      finish();
    });
  }

  /**
   * Cancels every waiter: pending `get`, `raisingPut` and `exchange` calls reject with a `DOMException` named
   * `AbortError` (`asyncutils.channels.Rendezvous: reset`); pending `put` calls resolve `false`.
   *
   * @returns A promise of the reset (already done when it resolves).
   *
   * @example
   * ```ts
   * await rdv.reset();
   * rdv.stateSnapshot().idle; // true
   * ```
   */
  async reset(): Promise<void> {
    for (const s of [this.#g, this.#o]) {
      for (let n: Link = s.n; n !== s; n = s.n) {
        del(s, n as Node);
        (n as Node).z();
      }
    }
  }

  /**
   * How many getters and offers wait.
   *
   * @returns The count.
   *
   * @example
   * ```ts
   * rdv.lengthHint(); // 0
   * ```
   */
  lengthHint(): number {
    return this.#g.c + this.#o.c;
  }

  /**
   * A frozen snapshot of the waiting getters and offers.
   *
   * @returns See {@link RendezvousState}.
   *
   * @example
   * ```ts
   * void rdv.put(0);
   * rdv.stateSnapshot(); // { numGetters: 0, numPutters: 1, numOps: 1, idle: false }
   * ```
   */
  stateSnapshot(): RendezvousState {
    const numGetters = this.#g.c;
    const numPutters = this.#o.c;
    const numOps = numGetters + numPutters;
    return Object.freeze({ numGetters, numPutters, numOps, idle: numOps === 0 });
  }
}
