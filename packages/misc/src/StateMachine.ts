// `StateMachine<S>`: string states, guarded transitions run one at a time in call order, async enter/exit
// handlers.
import { checkWait, fail, func, type WaitOptions } from './validate.js';
import { Wait } from './Wait.js';

/**
 * A guard of a transition: called with `(from, to)`; a truthy result (or resolved value) allows it.
 *
 * @typeParam S - The state type.
 *
 * @example
 * ```ts
 * import type { StateMachineCondition } from '@asyncutils/misc';
 *
 * const isAdmin: StateMachineCondition<'draft' | 'published'> = async () => (await fetch('/me')).ok;
 * ```
 */
export type StateMachineCondition<S extends string = string> = (from: S, to: S) => unknown;

/**
 * An enter or exit handler of a state: called with no argument; a returned thenable is awaited.
 *
 * @example
 * ```ts
 * import type { StateMachineHandler } from '@asyncutils/misc';
 *
 * const log: StateMachineHandler = () => console.log('entered');
 * ```
 */
export type StateMachineHandler = () => unknown;

/** The guards of one `from → to` pair. */
interface Guards<S extends string> {
  /** An unconditional guard was added. */
  always: boolean;
  /** The conditions, in insertion order (each at most once). */
  fns: Set<StateMachineCondition<S>>;
}

/** A transition waiting for its turn, in a doubly linked ring through the machine's sentinel. */
interface Turn<S extends string> {
  to: S;
  wait: Wait<boolean> | undefined;
  nx: Turn<S>;
  pv: Turn<S>;
}

const API = 'asyncutils.misc.StateMachine';

/** Checks that `state` is a string. */
const str = (api: string, name: string, state: unknown): void => {
  if (typeof state != 'string') fail(api, `${name} must be a string`, state);
};

/**
 * A small asynchronous state machine over string states: transitions must be registered (`add`), may be
 * guarded by conditions, run one at a time in call order, and call the exit handler of the state left and
 * the enter handler of the state entered.
 *
 * @remarks
 * The port of Python's `asyncutils.misc.StateMachine`. A transition `from → to` is allowed when an
 * unconditional guard was added for the pair, else when one of its conditions, awaited in insertion order,
 * returns a truthy value. An unregistered transition (including to the same state) resolves `false`.
 *
 * Errors propagate: a throwing guard or exit handler rejects the transition and leaves the state; a
 * throwing enter handler rejects it with the state already changed. The next queued transition then runs.
 *
 * @typeParam S - The state type (a union of string literals, or `string`).
 * @throws TypeError when `state` is not a string.
 *
 * @example
 * ```ts
 * import { StateMachine } from '@asyncutils/misc';
 *
 * const door = new StateMachine<'open' | 'closed' | 'locked'>('closed');
 * door.add('closed', 'open');
 * door.add('open', 'closed');
 * door.add('closed', 'locked', async () => (await fetch('/door/can-lock')).ok);
 * door.onEnter('open', () => console.log('welcome'));
 *
 * await door.transition('open'); // true, logs 'welcome'
 * await door.transition('locked'); // false: not registered from 'open'
 * door.state; // 'open'
 * ```
 */
export class StateMachine<S extends string = string> {
  #state: S;
  readonly #guards = new Map<S, Map<S, Guards<S>>>();
  readonly #enter = new Map<S, StateMachineHandler>();
  readonly #exit = new Map<S, StateMachineHandler>();
  /** A transition runs. */
  #busy = false;
  /** Transitions waiting for their turn: a ring through this sentinel (`#q.nx` is the head). */
  readonly #q: Turn<S>;

  /**
   * Creates a machine in `state`.
   * @param state - The initial state.
   * @throws TypeError when `state` is not a string.
   */
  constructor(state: NoInfer<S>) {
    str(API, 'state', state);
    this.#state = state;
    const q = (this.#q = {} as Turn<S>);
    q.nx = q.pv = q;
  }

  /** The current state (a TypeScript addition). */
  get state(): S {
    return this.#state;
  }

  /**
   * Adds a guard to the `from → to` transition: `condition` (called with `(from, to)`, awaited) allows it
   * when it returns a truthy value; no condition means "always allowed". A condition is kept at most once
   * per pair; conditions are tried in insertion order.
   * @param from - The state left.
   * @param to - The state entered.
   * @param condition - The guard; `undefined`/`null` for none.
   * @throws TypeError when a state is not a string or `condition` is not a function.
   *
   * @example
   * ```ts
   * const sm = new StateMachine('idle');
   * sm.add('idle', 'run');
   * sm.add('run', 'idle', async () => queue.length === 0);
   * ```
   */
  add(from: S, to: S, condition?: StateMachineCondition<S> | null): void {
    const api = `${API}.add`;
    str(api, 'from', from);
    str(api, 'to', to);
    if (condition != null) func(api, 'condition', condition);
    let targets = this.#guards.get(from);
    if (targets === undefined) this.#guards.set(from, (targets = new Map()));
    let guards = targets.get(to);
    if (guards === undefined) targets.set(to, (guards = { always: false, fns: new Set() }));
    if (condition == null) guards.always = true;
    else guards.fns.add(condition);
  }

  /**
   * Returns a decorator registering its argument as the enter handler of `state` (replacing any).
   * @param state - The state.
   * @returns `(handler) => handler`.
   * @throws TypeError when `state` is not a string.
   */
  onEnter(state: S): <H extends StateMachineHandler>(handler: H) => H;
  /**
   * Registers `handler` as the enter handler of `state` (replacing any): it runs, awaited, right after the
   * machine entered `state`.
   * @param state - The state.
   * @param handler - The handler.
   * @returns `handler`.
   * @throws TypeError when `state` is not a string or `handler` not a function.
   *
   * @example
   * ```ts
   * sm.onEnter('run', async () => { await start(); });
   * const onIdle = sm.onEnter('idle'); // decorator form
   * onIdle(() => console.log('idle'));
   * ```
   */
  onEnter<H extends StateMachineHandler>(state: S, handler: H): H;
  onEnter<H extends StateMachineHandler>(state: S, handler?: H): H | (<G extends StateMachineHandler>(handler: G) => G) {
    return this.#on(this.#enter, `${API}.onEnter`, state, arguments.length > 1, handler);
  }

  /**
   * Returns a decorator registering its argument as the exit handler of `state` (replacing any).
   * @param state - The state.
   * @returns `(handler) => handler`.
   * @throws TypeError when `state` is not a string.
   */
  onExit(state: S): <H extends StateMachineHandler>(handler: H) => H;
  /**
   * Registers `handler` as the exit handler of `state` (replacing any): it runs, awaited, before the
   * machine leaves `state`.
   * @param state - The state.
   * @param handler - The handler.
   * @returns `handler`.
   * @throws TypeError when `state` is not a string or `handler` not a function.
   *
   * @example
   * ```ts
   * sm.onExit('run', async () => { await stop(); });
   * ```
   */
  onExit<H extends StateMachineHandler>(state: S, handler: H): H;
  onExit<H extends StateMachineHandler>(state: S, handler?: H): H | (<G extends StateMachineHandler>(handler: G) => G) {
    return this.#on(this.#exit, `${API}.onExit`, state, arguments.length > 1, handler);
  }

  /** `onEnter`/`onExit`: register now (`direct`) or return the decorator. */
  #on<H extends StateMachineHandler>(
    map: Map<S, StateMachineHandler>,
    api: string,
    state: S,
    direct: boolean,
    handler: H | undefined,
  ): H | (<G extends StateMachineHandler>(handler: G) => G) {
    str(api, 'state', state);
    const register = <G extends StateMachineHandler>(h: G): G => {
      map.set(state, func(api, 'handler', h));
      return h;
    };
    return direct ? register(handler as H) : register;
  }

  /**
   * Moves to `to` if allowed. Transitions run one at a time in call order; `from` is the state when this
   * one's turn comes.
   *
   * @remarks
   * When allowed: awaits the exit handler of `from`, sets the state, awaits the enter handler of `to`, and
   * resolves `true`. Refused (no guard registered, or no condition truthy): resolves `false`, nothing
   * changes and no handler runs. `signal`/`timeout` bound only the wait for the turn: a transition that has
   * started runs to its end.
   *
   * @param to - The state to enter.
   * @param opts - `signal`: leaves the queue (rejecting with its reason); `timeout` (ms): leaves it with a
   * `DOMException` named `TimeoutError` (`Infinity`: none).
   * @returns A promise of whether the transition happened.
   * @throws Never synchronously. Rejects with what a guard or handler throws, `TypeError` when `to` is not
   * a string or the options are bad, the signal's reason, or a `TimeoutError`.
   *
   * @example
   * ```ts
   * const sm = new StateMachine('a');
   * sm.add('a', 'b');
   * sm.add('b', 'c');
   * const [ab, bc] = await Promise.all([sm.transition('b'), sm.transition('c')]); // true, true
   * ```
   */
  transition(to: S, opts?: WaitOptions): Promise<boolean> {
    const api = `${API}.transition`;
    try {
      str(api, 'to', to);
      checkWait(api, opts);
    } catch (error) {
      return Promise.reject(error);
    }
    if (!this.#busy) return this.#run(to);
    const q = this.#q;
    const turn: Turn<S> = { to, wait: undefined, nx: q, pv: q.pv };
    q.pv = q.pv.nx = turn;
    const wait = (turn.wait = new Wait<boolean>(api, opts, () => {
      turn.pv.nx = turn.nx;
      turn.nx.pv = turn.pv;
    }));
    return wait.promise;
  }

  /** Runs one transition now (the machine is free), then hands the turn on. */
  #run(to: S): Promise<boolean> {
    this.#busy = true;
    const p = this.#attempt(to);
    p.then(this.#advance, this.#advance);
    return p;
  }

  /** Starts the next queued transition, if any. */
  readonly #advance = (): void => {
    this.#busy = false;
    const q = this.#q;
    const head = q.nx;
    if (head === q) return;
    q.nx = head.nx;
    head.nx.pv = q;
    const wait = head.wait as Wait<boolean>;
    wait.claim(); // its turn has come: from now on it runs to its end
    const p = this.#run(head.to);
    p.then(
      (v) => wait.resolve(v),
      (error: unknown) => wait.reject(error),
    );
  };

  /** The transition itself. */
  async #attempt(to: S): Promise<boolean> {
    const from = this.#state;
    const guards = this.#guards.get(from)?.get(to);
    if (guards === undefined) return false;
    if (!guards.always) {
      let allowed = false;
      for (const condition of [...guards.fns]) {
        if (await condition(from, to)) {
          allowed = true;
          break;
        }
      }
      if (!allowed) return false;
    }
    await this.#exit.get(from)?.();
    this.#state = to;
    await this.#enter.get(to)?.();
    return true;
  }
}
