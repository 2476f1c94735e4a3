// `LocksmithBase`: recognizes locks, forces them (announced by an audit event a hook can veto) and hosts
// emergency tasks under a forced lock. Every step is an overridable method.
import { audit, objectId, typeName } from '@asyncutils/audit';
import { LOCKSMITH_BASE_DEFAULT_TIMEOUTS } from '@asyncutils/context';
import { LockForceRequest } from '@asyncutils/exceptions';
import type { AsyncLockLike } from '@asyncutils/mixins';
import { settleWithin, timeoutSlot } from './deadline.js';
import { watchWaiter } from './watchWaiter.js';
import type { ForceResult } from './ForceResult.js';
import type { LocksmithForceOptions, LocksmithHandler, LocksmithHostOptions, LocksmithHostTask } from './options.js';
import type { RecognitionResult } from './RecognitionResult.js';

const API = 'asyncutils.locksmiths.LocksmithBase';
const EVENT = 'asyncutils.locksmiths.LocksmithBase.force';

/** A class a handler can be registered for (abstract classes included). */
type LockClass = abstract new (...args: never[]) => unknown;

/** Which locksmith is forcing which lock, across every locksmith of this module copy. */
const forcing: WeakMap<object, LocksmithBase> = /* @__PURE__ */ new WeakMap();

const noop = (): void => {};

/** `<typeName> #<objectId>`: how messages name a lock or a locksmith. */
function describe(value: unknown): string {
  return `${typeName(value)} #${objectId(value)}`;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function isLockLike(value: unknown): value is AsyncLockLike {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  const lock = value as Partial<Record<'acquire' | 'release' | 'locked', unknown>>;
  return typeof lock.acquire === 'function' && typeof lock.release === 'function' && typeof lock.locked === 'function';
}

function isSignal(value: unknown): value is AbortSignal {
  return typeof value === 'object' && value !== null && typeof (value as AbortSignal).aborted === 'boolean' && typeof (value as AbortSignal).addEventListener === 'function';
}

function checkOptions(api: string, opts: unknown): void {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) {
    throw new TypeError(`${api}: options must be an object, got ${typeName(opts)}`);
  }
}

/** Releases a lock `host` was granted but no longer wants; errors have nowhere to go. */
function releaseQuietly(lock: AsyncLockLike): void {
  try {
    const released = lock.release();
    if (isThenable(released)) released.then(undefined, noop);
  } catch {
    // The lock is beyond help here; `host` has already rejected with the reason it gave up.
  }
}

/**
 * A locksmith: forces locks that a stuck, deadlocked or forgetful holder will not release, with as little
 * collateral damage as possible, and runs emergency tasks under a forced lock.
 *
 * @remarks
 * A lock must first be recognized ({@link LocksmithBase.recognizeLock}; it may refuse through
 * `acknowledgeLocksmithLockHeld`). {@link LocksmithBase.force} then raises the audit event
 * `asyncutils.locksmiths.LocksmithBase.force` with `[objectId(locksmith), objectId(lock)]` (a throwing hook
 * vetoes it), tries a plain `release()`, and when that throws asks the owner cooperatively (an
 * `AbortController` owner token is aborted with a {@link LockForceRequest} the holder answers with `fulfil`),
 * then runs the handler registered for the lock's class. {@link LocksmithBase.host} forces a lock and runs a
 * task while holding it.
 *
 * Every step is a method a subclass may override (`getInfo`, `lockBusy`, `purgeWaiters`, `answerReceived`,
 * the fallbacks, `findOwner`, `patchOwner`, the checks, …) except `force`: the constructor throws a
 * `TypeError` when a subclass overrides it. Recognition and force checks of one locksmith run one at a time,
 * in call order. It works with any {@link AsyncLockLike}; the locks of `@asyncutils/locks` implement every
 * optional member it probes.
 *
 * @example
 * ```ts
 * import { Lock } from '@asyncutils/locks';
 * import { LocksmithBase } from '@asyncutils/locksmiths';
 *
 * const lock = new Lock();
 * await lock.acquire(); // a holder that never releases
 * const smith = new LocksmithBase();
 * await smith.recognizeLock(lock); // 'SUCCESS'
 * await smith.host(async () => saveState(), lock); // forces the lock, runs the task holding it, releases
 * lock.locked(); // false
 * ```
 */
export class LocksmithBase {
  /**
   * The handlers registered with {@link LocksmithBase.registerHandler}, by the lock's exact class
   * (`lock.constructor`). One map shared by every subclass (Python's class attribute).
   *
   * @example
   * ```ts
   * LocksmithBase.handlers.get(MyLock); // the handler of MyLock, if any
   * LocksmithBase.handlers.delete(MyLock); // unregisters it
   * ```
   */
  static readonly handlers: Map<LockClass, LocksmithHandler<never>> = new Map();

  /**
   * Makes a function that registers `handler` for a lock class; usable as a class decorator
   * (`@LocksmithBase.registerHandler(h) class MyLock …`) or called directly, it returns the class unchanged.
   *
   * @remarks
   * When a forced `release()` throws and the owner did not settle the request, `force` calls the handler
   * registered for `lock.constructor` (awaiting a returned promise): success makes the result `'SUCCESS'`, a
   * throw goes to `taskRaisedOther` and gives `'FAILURE'`.
   *
   * @param handler - Called with the lock to force it.
   * @param opts - `shadow`: replace a handler already registered for the class.
   * @returns The registering function.
   * @throws TypeError when `handler` is not a function or `shadow` not a boolean; the returned function throws
   * `TypeError` (`non-type cannot be registered`) for a non-function class and `RangeError` (`handler for type
   * already registered`) when `shadow` is `false` and a different handler is registered (nothing changes).
   *
   * @example
   * ```ts
   * import { LocksmithBase } from '@asyncutils/locksmiths';
   *
   * \@LocksmithBase.registerHandler((lock: StubbornLock) => lock.reset())
   * class StubbornLock {
   *   // acquire, release, locked, reset …
   * }
   * LocksmithBase.registerHandler(other, { shadow: false })(StubbornLock); // throws RangeError
   * ```
   */
  static registerHandler<L extends object>(
    handler: LocksmithHandler<L>,
    opts?: { shadow?: boolean },
  ): <C extends abstract new (...args: never[]) => L>(cls: C, context?: ClassDecoratorContext) => C {
    if (typeof handler !== 'function') throw new TypeError(`${API}: handler must be a function, got ${typeName(handler)}`);
    checkOptions(`${API}.registerHandler`, opts);
    const shadow = opts?.shadow ?? true;
    if (typeof shadow !== 'boolean') throw new TypeError(`${API}: shadow must be a boolean, got ${typeName(shadow)}`);
    const stored = handler as LocksmithHandler<never>;
    return <C extends abstract new (...args: never[]) => L>(cls: C, context?: ClassDecoratorContext): C => {
      void context;
      if (typeof cls !== 'function') throw new TypeError(`${API}: non-type cannot be registered, got ${typeName(cls)}`);
      const handlers = LocksmithBase.handlers;
      const existing = handlers.get(cls);
      if (!shadow && existing !== undefined && existing !== stored) {
        throw new RangeError(`${API}: handler for type already registered (${cls.name || '<anonymous>'})`);
      }
      handlers.set(cls, stored);
      return cls;
    };
  }

  /** Membership of recognized locks (weak). */
  readonly #recognized = new WeakSet<object>();
  /** The recognized locks, for listing (weak references, pruned as they die). */
  readonly #refs = new Set<WeakRef<AsyncLockLike>>();
  #pruneAt = 16;
  /** The tail of the queue that runs recognition and force checks one at a time. */
  #tail: Promise<unknown> = Promise.resolve();

  /**
   * Makes a locksmith that recognizes no lock yet.
   *
   * @throws TypeError `asyncutils.locksmiths.LocksmithBase: force cannot be overridden` when a subclass
   * overrides `force` (Python's `@final`).
   *
   * @example
   * ```ts
   * const smith = new LocksmithBase();
   * ```
   */
  constructor() {
    if (this.force !== LocksmithBase.prototype.force) throw new TypeError(`${API}: force cannot be overridden`);
  }

  /**
   * A new `Set` of the locks this locksmith recognized that are still alive. Recognition holds locks weakly:
   * it keeps none alive.
   *
   * @example
   * ```ts
   * await smith.recognizeLock(lock);
   * smith.currentlyRecognized.has(lock); // true
   * ```
   */
  get currentlyRecognized(): ReadonlySet<AsyncLockLike> {
    const live = new Set<AsyncLockLike>();
    for (const ref of this.#refs) {
      const lock = ref.deref();
      if (lock === undefined) this.#refs.delete(ref);
      else live.add(lock);
    }
    return live;
  }

  /** Runs `fn` after every earlier recognition and force check of this locksmith settled. */
  #serial<T>(fn: () => T | PromiseLike<T>): Promise<T> {
    const run = this.#tail.then(fn);
    this.#tail = run.then(noop, noop);
    return run;
  }

  #remember(lock: AsyncLockLike): void {
    this.#recognized.add(lock);
    if (this.#refs.size >= this.#pruneAt) {
      for (const ref of this.#refs) if (ref.deref() === undefined) this.#refs.delete(ref);
      this.#pruneAt = Math.max(16, this.#refs.size * 2);
    }
    this.#refs.add(new WeakRef(lock));
  }

  /**
   * Recognizes `lock` as one this locksmith may force.
   *
   * @remarks
   * `preliminaryCheckLock(lock)` false → `'FAILED_PRELIM'`. Already recognized → `'ALREADY_RECOGNIZED'`. If
   * the lock has an `acknowledgeLocksmithLockHeld` method it is called with this locksmith (a thenable is
   * awaited): a falsy answer, a throw or a rejection → `'FAILED_ACK'` (not recorded). Otherwise the lock is
   * recorded → `'SUCCESS'`. Runs after earlier recognitions and force checks of this locksmith.
   *
   * @param lock - The lock to recognize.
   * @returns The outcome.
   *
   * @example
   * ```ts
   * await smith.recognizeLock(new Lock()); // 'SUCCESS'
   * await smith.recognizeLock({}); // 'FAILED_PRELIM'
   * ```
   */
  async recognizeLock(lock: AsyncLockLike): Promise<RecognitionResult> {
    if (!this.preliminaryCheckLock(lock)) return 'FAILED_PRELIM';
    return this.#serial(async (): Promise<RecognitionResult> => {
      if (this.#recognized.has(lock)) return 'ALREADY_RECOGNIZED';
      try {
        const acknowledge = lock.acknowledgeLocksmithLockHeld;
        if (typeof acknowledge === 'function' && !(await acknowledge.call(lock, this))) return 'FAILED_ACK';
      } catch {
        return 'FAILED_ACK';
      }
      this.#remember(lock);
      return 'SUCCESS';
    });
  }

  /**
   * Forces `lock` open. Cannot be overridden: every step delegates to an overridable method.
   *
   * @remarks
   * 1. Raises the audit event `asyncutils.locksmiths.LocksmithBase.force` with
   *    `[objectId(this), objectId(lock)]`, synchronously; a throwing hook makes `force` reject with its error
   *    and nothing else happens.
   * 2. If any locksmith is already forcing the lock: `lockBusy(lock, other, {})` when it is another one, then
   *    the result of `alreadyForcing(lock)`.
   * 3. `canForceLockHeld(lock)` false (not recognized, or not locked) → `'UNFORCEABLE'`.
   * 4. The lock is marked as being forced by this locksmith until `force` settles.
   * 5. `info` is `opts.info` when the key is present, else `await getInfo(lock)`.
   * 6. With `purgeWaiters` (default), `purgeWaiters(lock)` rejects the lock's waiters first, so the release
   *    frees the lock instead of handing it over. Then `lock.release()` (awaited if thenable): `false` →
   *    `releaseReturnedFalse(lock)`, else `'RELEASED'`. If it throws: when `findOwner(lock)` is an
   *    `AbortController`, an already aborted one gives `eagerFallback(lock)`; otherwise it is aborted with a
   *    {@link LockForceRequest}`(this, fulfil, lock, info)` and the answer awaited for up to
   *    `LOCKSMITH_BASE_DEFAULT_TIMEOUTS[0]` ms (`answerReceived` or `taskPropagatedRequest`). Then the handler
   *    registered for `lock.constructor` runs (a throw goes to `taskRaisedOther`). The result is `'SUCCESS'`
   *    when the owner answered or the handler ran; with neither an `AbortController` owner nor a handler, a
   *    missing owner (`null`/`undefined`) gives `throwFallback(lock)`; otherwise `'FAILURE'`.
   *
   * Results are never rejections; `force` rejects only when the audit hook or an overridden method throws.
   *
   * @param lock - The lock to force.
   * @param opts - `info` for the owner, `purgeWaiters` (default `true`).
   * @returns The outcome.
   * @throws TypeError (as a rejection) for options that are not an object or a non-boolean `purgeWaiters`.
   *
   * @example
   * ```ts
   * const smith = new LocksmithBase();
   * await smith.recognizeLock(lock);
   * const result = await smith.force(lock, { info: 'shutting down' });
   * succeeded(result); // true when released
   * ```
   */
  async force(lock: AsyncLockLike, opts?: LocksmithForceOptions): Promise<ForceResult> {
    checkOptions(`${API}.force`, opts);
    const purge = opts?.purgeWaiters ?? true;
    if (typeof purge !== 'boolean') throw new TypeError(`${API}.force: purgeWaiters must be a boolean, got ${typeName(purge)}`);
    audit(EVENT, objectId(this), objectId(lock));
    return this.#force(lock, opts, purge);
  }

  /**
   * `force` after its audit event. `standDown` (from `host`) tells whether host's own acquire was granted
   * (or ended) meanwhile: then there is nothing left to force, and releasing would take the lock from `host`.
   */
  async #force(lock: AsyncLockLike, opts: LocksmithForceOptions | undefined, purge: boolean, standDown?: () => boolean): Promise<ForceResult> {
    const gate = await this.#serial((): LocksmithBase | 'UNFORCEABLE' | null => {
      if (standDown?.()) return 'UNFORCEABLE';
      const other = forcing.get(lock);
      if (other !== undefined) return other;
      if (!this.canForceLockHeld(lock)) return 'UNFORCEABLE';
      forcing.set(lock, this);
      return null;
    });
    if (gate === 'UNFORCEABLE') return gate;
    if (gate !== null) {
      if (gate !== this) await this.lockBusy(lock, gate, {});
      return this.alreadyForcing(lock);
    }
    try {
      const info = opts !== undefined && 'info' in opts ? opts.info : await this.getInfo(lock);
      if (purge) await this.purgeWaiters(lock);
      if (standDown !== undefined) {
        // Let a grant that happened just before this job be seen (its reaction runs before this continuation).
        await undefined;
        if (standDown()) return 'UNFORCEABLE';
      }
      let released: unknown;
      try {
        released = lock.release();
        if (isThenable(released)) released = await released;
      } catch {
        return await this.#forceHeld(lock, info);
      }
      return released === false ? await this.releaseReturnedFalse(lock) : 'RELEASED';
    } finally {
      if (forcing.get(lock) === this) forcing.delete(lock);
    }
  }

  /** The plain release threw: ask the owner, then run the class handler. */
  async #forceHeld(lock: AsyncLockLike, info: unknown): Promise<ForceResult> {
    const owner = this.findOwner(lock);
    const asked = owner instanceof AbortController;
    let settled = false;
    if (asked) {
      if (owner.signal.aborted) return this.eagerFallback(lock);
      let fulfil!: (answer: unknown) => void;
      const answered = new Promise<{ answer: unknown }>((resolve) => {
        fulfil = (answer) => resolve({ answer });
      });
      const limit = timeoutSlot(`${API}.force`, 'LOCKSMITH_BASE_DEFAULT_TIMEOUTS[0]', LOCKSMITH_BASE_DEFAULT_TIMEOUTS.get()[0], null);
      owner.abort(new LockForceRequest(this, fulfil, lock, info));
      const reply = await settleWithin(answered, limit, undefined, noop).catch(noop);
      if (reply === undefined) {
        await this.taskPropagatedRequest(lock);
      } else {
        settled = true;
        await this.answerReceived(lock, reply.answer);
      }
    }
    const ctor: unknown = (lock as { constructor?: unknown }).constructor;
    const found = typeof ctor === 'function' ? LocksmithBase.handlers.get(ctor as LockClass) : undefined;
    const handler = typeof found === 'function' ? (found as LocksmithHandler<AsyncLockLike>) : undefined;
    if (handler !== undefined) {
      try {
        await handler(lock);
        settled = true;
      } catch (err) {
        await this.taskRaisedOther(lock, err);
      }
    }
    if (settled) return 'SUCCESS';
    if (!asked && handler === undefined && owner == null) return this.throwFallback(lock);
    return 'FAILURE';
  }

  /**
   * Forces `lock` and runs `task` while holding it, then releases it.
   *
   * @remarks
   * With `[t1, t2, t3]` = `LOCKSMITH_BASE_DEFAULT_TIMEOUTS` read at the call (each overridden by
   * `timeout1`…`timeout3` when given; `null` = no limit):
   * 1. an already aborted `opts.signal` rejects with its reason (nothing else happens);
   * 2. raises the `force` audit event (a throwing hook rejects `host`, the lock is untouched), queues
   *    `lock.acquire({ signal })` (withdrawn if `host` gives up), then forces the lock without purging its
   *    waiters: FIFO locks serve their older waiters first, then `host`. The force stands down (skips the
   *    release) once `host` no longer waits: when the lock was granted meanwhile (the holder let go; releasing
   *    would take it from `host` itself) or when `host` gave up;
   * 3. waits up to `t1` for the force (`TimeoutError` `… force did not finish within <t1> ms`);
   * 4. waits up to `t2` for the lock, whatever the force's result (`TimeoutError` `… failed to acquire lock
   *    <type> #<id> within <t2> ms`); a lock that grants after `host` gave up is released at once;
   * 5. `opts.owner` not `null`/`undefined` → `patchOwner(opts.owner, lock)`;
   * 6. runs the task: a function is called (through `wrapTask`) with a signal that aborts at `t3` (reason: the
   *    `TimeoutError`) or with `opts.signal`; a thenable is awaited. `host` rejects at `t3` or on abort;
   * 7. finally, if `lock.locked()`, `await lock.release(opts.owner)`; a release error replaces a successful
   *    result only.
   *
   * @param task - A function to call once the lock is held (recommended), or a thenable.
   * @param lock - The lock to force and hold.
   * @param opts - `timeout1`, `timeout2`, `timeout3` (ms or `null`), `owner`, `signal`.
   * @returns The task's result.
   * @throws TypeError / RangeError (as rejections) for a bad task, lock, signal or timeout; `DOMException`
   * `TimeoutError` at a deadline; `signal.reason` on abort; the audit hook's error on a veto.
   *
   * @example
   * ```ts
   * const smith = new LocksmithBase();
   * await smith.recognizeLock(lock);
   * const saved = await smith.host(async (signal) => saveState({ signal }), lock, { timeout3: 5_000 });
   * ```
   */
  async host<T>(task: LocksmithHostTask<T>, lock: AsyncLockLike, opts?: LocksmithHostOptions): Promise<T> {
    const api = `${API}.host`;
    checkOptions(api, opts);
    if (typeof task !== 'function' && !isThenable(task)) throw new TypeError(`${api}: task must be a function or a thenable, got ${typeName(task)}`);
    if (!isLockLike(lock)) throw new TypeError(`${api}: lock must have acquire, release and locked methods, got ${typeName(lock)}`);
    const defaults = LOCKSMITH_BASE_DEFAULT_TIMEOUTS.get();
    const t1 = timeoutSlot(api, 'timeout1', opts?.timeout1, defaults[0]);
    const t2 = timeoutSlot(api, 'timeout2', opts?.timeout2, defaults[1]);
    const t3 = timeoutSlot(api, 'timeout3', opts?.timeout3, defaults[2]);
    const signal = opts?.signal;
    if (signal !== undefined && !isSignal(signal)) throw new TypeError(`${api}: signal must be an AbortSignal, got ${typeName(signal)}`);
    if (signal?.aborted) throw signal.reason;
    audit(EVENT, objectId(this), objectId(lock));

    // Steps 2-4: queue for the lock, force it, wait for both.
    const withdraw = new AbortController();
    // The force stands down (does not release) once `host` no longer waits: it gave up (as Python cancels
    // the force), or it was granted already (the holder let go meanwhile; releasing would take the lock from
    // `host` itself). The probe sees a queued waiter leave synchronously; the flag covers locks that never
    // listen to the signal.
    const left = watchWaiter(withdraw.signal);
    const acquired = Promise.resolve(lock.acquire({ signal: withdraw.signal }));
    let granted = false;
    acquired.then((ok) => {
      granted = Boolean(ok);
    }, noop);
    const forced = this.#force(lock, undefined, false, () => granted || withdraw.signal.aborted || left());
    forced.then(undefined, noop);
    try {
      await settleWithin(forced, t1, signal, () => new DOMException(`${api}: force did not finish within ${t1} ms`, 'TimeoutError'));
      const held = await settleWithin(acquired, t2, signal, () => new DOMException(`${api}: failed to acquire lock ${describe(lock)} within ${t2} ms`, 'TimeoutError'));
      if (!held) throw new Error(`${api}: failed to acquire lock ${describe(lock)}`);
    } catch (err) {
      withdraw.abort(err);
      acquired.then((late) => {
        if (late) releaseQuietly(lock);
      }, noop);
      throw err;
    }

    // Steps 5-7: run the task holding the lock, then release it.
    let result: T | undefined;
    let failure: { error: unknown } | undefined;
    let releaseOwner: unknown;
    try {
      const owner = opts?.owner;
      if (owner !== undefined && owner !== null) {
        this.patchOwner(owner, lock);
        releaseOwner = owner;
      }
      const stop = new AbortController();
      const run = this.wrapTask<T>(typeof task === 'function' ? () => task(stop.signal) : task);
      run.then(undefined, noop);
      let expired: DOMException | undefined;
      try {
        result = await settleWithin(run, t3, signal, () => (expired = new DOMException(`${api}: task did not finish within ${t3} ms`, 'TimeoutError')));
      } catch (err) {
        if (err === expired || (signal?.aborted && err === signal.reason)) stop.abort(err);
        throw err;
      }
    } catch (err) {
      failure = { error: err };
    }
    try {
      if (lock.locked()) {
        const released = lock.release(releaseOwner);
        if (isThenable(released)) await released;
      }
    } catch (err) {
      if (failure === undefined) throw err;
    }
    if (failure !== undefined) throw failure.error;
    return result as T;
  }

  /**
   * The `info` of a force request when `force` got none.
   * @param lock - The lock being forced.
   * @returns By default `potential deadlock situation involving <type> #<id>`.
   * @example
   * ```ts
   * await smith.getInfo(new Lock()); // 'potential deadlock situation involving Lock #12'
   * ```
   */
  async getInfo(lock: AsyncLockLike): Promise<unknown> {
    return `potential deadlock situation involving ${describe(lock)}`;
  }

  /**
   * Called by `force` when another locksmith is already forcing the lock (the result is then
   * `alreadyForcing(lock)`). Default: logs with `console.info`.
   * @param lock - The lock.
   * @param requester - The locksmith already forcing it.
   * @param context - Extra data for the log record (empty by default).
   * @example
   * ```ts
   * class QuietSmith extends LocksmithBase {
   *   override async lockBusy(): Promise<void> {}
   * }
   * ```
   */
  async lockBusy(lock: AsyncLockLike, requester: LocksmithBase, context: Record<string, unknown>): Promise<void> {
    void context;
    console.info(`asyncutils.locksmiths: lock busy: ${describe(lock)}; requesters: ${describe(this)}, ${describe(requester)}`);
  }

  /**
   * Rejects the lock's waiters before a forced release. Default: `lock.cancelWaiters(reason)` when the lock
   * has that method, with a `DOMException` named `AbortError`.
   * @param lock - The lock being forced.
   * @example
   * ```ts
   * await smith.purgeWaiters(lock); // every pending lock.acquire() rejects with an AbortError
   * ```
   */
  async purgeWaiters(lock: AsyncLockLike): Promise<void> {
    if (typeof lock.cancelWaiters === 'function') {
      lock.cancelWaiters(new DOMException(`${API}.force: waiters purged`, 'AbortError'));
    }
  }

  /**
   * Called by `force` when the owner did not answer the request in time. Default: `console.warn`.
   * @param lock - The lock being forced.
   * @example
   * ```ts
   * class StrictSmith extends LocksmithBase {
   *   override async taskPropagatedRequest(lock: AsyncLockLike): Promise<void> {
   *     report('owner ignored the request', lock);
   *   }
   * }
   * ```
   */
  async taskPropagatedRequest(lock: AsyncLockLike): Promise<void> {
    console.warn(`asyncutils.locksmiths: owner did not answer the request to release ${describe(lock)}`);
  }

  /**
   * Called by `force` with the owner's answer to the request. Default: `console.info`.
   * @param lock - The lock being forced.
   * @param answer - What the owner passed to `fulfil`.
   * @example
   * ```ts
   * class AuditingSmith extends LocksmithBase {
   *   override async answerReceived(lock: AsyncLockLike, answer: unknown): Promise<void> {
   *     log.push(answer);
   *   }
   * }
   * ```
   */
  async answerReceived(lock: AsyncLockLike, answer: unknown): Promise<void> {
    console.info(`asyncutils.locksmiths: ${describe(this)} received an answer from the owner of ${describe(lock)}:`, answer);
  }

  /**
   * Called by `force` when the registered handler threw. Default: `console.error` with the error.
   * @param lock - The lock being forced.
   * @param err - What the handler threw.
   * @example
   * ```ts
   * class RethrowingSmith extends LocksmithBase {
   *   override async taskRaisedOther(_lock: AsyncLockLike, err: unknown): Promise<void> {
   *     throw err; // force rejects with it
   *   }
   * }
   * ```
   */
  async taskRaisedOther(lock: AsyncLockLike, err: unknown): Promise<void> {
    console.error(`asyncutils.locksmiths: handler failed while forcing ${describe(lock)}`, err);
  }

  /**
   * The result of `force` when the release threw, the lock has no owner and no handler is registered.
   * @param lock - The lock being forced.
   * @returns By default `'NO_CURRENT_TASK'`.
   * @example
   * ```ts
   * await smith.throwFallback(lock); // 'NO_CURRENT_TASK'
   * ```
   */
  async throwFallback(lock: AsyncLockLike): Promise<ForceResult> {
    void lock;
    return 'NO_CURRENT_TASK';
  }

  /**
   * The result of `force` when the owner's `AbortController` was already aborted (the owner is gone).
   * @param lock - The lock being forced.
   * @returns By default `'OWNER_COMPLETED'`.
   * @example
   * ```ts
   * await smith.eagerFallback(lock); // 'OWNER_COMPLETED'
   * ```
   */
  async eagerFallback(lock: AsyncLockLike): Promise<ForceResult> {
    void lock;
    return 'OWNER_COMPLETED';
  }

  /**
   * The result of `force` when `release()` returned `false` ("not actually released").
   * @param lock - The lock being forced.
   * @returns By default `'RELEASED_WITH_FALSE'`.
   * @example
   * ```ts
   * await smith.releaseReturnedFalse(lock); // 'RELEASED_WITH_FALSE'
   * ```
   */
  async releaseReturnedFalse(lock: AsyncLockLike): Promise<ForceResult> {
    void lock;
    return 'RELEASED_WITH_FALSE';
  }

  /**
   * The result of `force` when the lock is already being forced (by this or another locksmith).
   * @param lock - The lock.
   * @returns By default `'ALREADY_BEING_FORCED'`.
   * @example
   * ```ts
   * await smith.alreadyForcing(lock); // 'ALREADY_BEING_FORCED'
   * ```
   */
  async alreadyForcing(lock: AsyncLockLike): Promise<ForceResult> {
    void lock;
    return 'ALREADY_BEING_FORCED';
  }

  /**
   * Turns a task into a promise: a function is called (a synchronous throw becomes a rejection); anything
   * else is passed to `Promise.resolve`.
   * @param aw - A function, a thenable or a value.
   * @returns A promise of the result.
   * @example
   * ```ts
   * await smith.wrapTask(Promise.resolve(67)); // 67
   * await smith.wrapTask(() => 'now'); // 'now'
   * ```
   */
  wrapTask<T>(aw: T | PromiseLike<T> | (() => T | PromiseLike<T>)): Promise<T> {
    if (typeof aw === 'function') {
      try {
        return Promise.resolve((aw as () => T | PromiseLike<T>)());
      } catch (err) {
        return Promise.reject(err);
      }
    }
    return Promise.resolve(aw as T | PromiseLike<T>);
  }

  /**
   * The lock's owner token: `lock.owner` when the lock has an `owner` member, else `undefined`. An
   * `AbortController` owner is asked cooperatively by `force`.
   * @param lock - The lock.
   * @returns The owner token.
   * @example
   * ```ts
   * await rlock.acquire({ owner: ac });
   * smith.findOwner(rlock) === ac; // true
   * ```
   */
  findOwner(lock: AsyncLockLike): unknown {
    return 'owner' in lock ? lock.owner : undefined;
  }

  /**
   * Makes `owner` the lock's owner (`host` calls it once the lock is held): sets `lock.owner` when the lock
   * has an `owner` member; a throwing setter propagates.
   * @param owner - The new owner token.
   * @param lock - The lock.
   * @example
   * ```ts
   * smith.patchOwner(token, rlock);
   * rlock.owner === token; // true
   * ```
   */
  patchOwner(owner: unknown, lock: AsyncLockLike): void {
    if ('owner' in lock) (lock as { owner: unknown }).owner = owner;
  }

  /**
   * Whether `lock` passes the preliminary checks of recognition: it has `acquire`, `release` and `locked`
   * methods.
   * @param lock - The candidate.
   * @returns `true` when it looks like a lock.
   * @example
   * ```ts
   * smith.preliminaryCheckLock(new Lock()); // true
   * smith.preliminaryCheckLock({ acquire() {} } as never); // false
   * ```
   */
  preliminaryCheckLock(lock: AsyncLockLike): boolean {
    return isLockLike(lock);
  }

  /**
   * Whether `force` may force `lock` now: it is recognized by this locksmith and `lock.locked()`.
   * @param lock - The lock.
   * @returns `true` when it may be forced.
   * @example
   * ```ts
   * await smith.recognizeLock(lock);
   * smith.canForceLockHeld(lock) === lock.locked(); // true
   * ```
   */
  canForceLockHeld(lock: AsyncLockLike): boolean {
    return this.#recognized.has(lock) && lock.locked();
  }
}
