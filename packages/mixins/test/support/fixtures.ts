// Concrete subclasses of the mixins, shared by the tests.
import {
  AsyncContextMixin,
  AwaitableMixin,
  EventMixin,
  ExecutorRequiredAsyncContextMixin,
  LockMixin,
  LockWithOwnerMixin,
  type ContextExitArgs,
  type LockAcquireOptions,
  type MixinWaitOptions,
} from '../../src/index.js';

/** An awaitable resolving a fixed value. */
export class Constant<T> extends AwaitableMixin<T> {
  constructor(readonly value: T) {
    super();
  }
  wait(): Promise<T> {
    return Promise.resolve(this.value);
  }
}

/** A context manager recording its calls; `exitResult` is what `exit` returns. */
export class Recorder extends AsyncContextMixin<Recorder> {
  readonly calls: string[] = [];
  readonly exitArgs: ContextExitArgs[] = [];
  exitResult: boolean | void = undefined;
  exitThrows: unknown = undefined;
  exit(...args: ContextExitArgs): boolean | void {
    this.calls.push('exit');
    this.exitArgs.push(args);
    if (this.exitThrows !== undefined) throw this.exitThrows;
    return this.exitResult;
  }
}

/** A minimal executor-required context manager that does not override `enter`. */
export class Deferred extends ExecutorRequiredAsyncContextMixin<Deferred> {
  exited = false;
  exit(): boolean {
    this.exited = true;
    return true;
  }
}

/**
 * A FIFO lock with signal/timeout support (enough to exercise the derived methods); `acquireResult`
 * forces `acquire` to resolve a value without taking the lock.
 */
export class QueueLock extends LockMixin {
  held = false;
  releases = 0;
  readonly waiters: Array<() => void> = [];
  acquireResult: boolean | undefined = undefined;
  releaseResult: (() => void | Promise<void>) | undefined = undefined;

  acquire(opts?: LockAcquireOptions): Promise<boolean> {
    if (this.acquireResult !== undefined) return Promise.resolve(this.acquireResult);
    if (opts?.signal?.aborted) return Promise.reject(opts.signal.reason);
    if (!this.held) {
      this.held = true;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => this.waiters.push(() => resolve(true)));
  }

  release(): void | Promise<void> {
    this.releases++;
    const next = this.waiters.shift();
    if (next) next();
    else this.held = false;
    return this.releaseResult?.();
  }

  locked(): boolean {
    return this.held;
  }
}

/** An owner-checked lock that never waits (acquire resolves `false` when held). */
export class TokenLock extends LockWithOwnerMixin {
  held = false;
  owner: unknown = undefined;
  readonly released: unknown[] = [];
  releaseResult: (() => void | Promise<void>) | undefined = undefined;

  acquire(opts?: LockAcquireOptions & { owner?: unknown }): Promise<boolean> {
    if (this.held) return Promise.resolve(false);
    this.held = true;
    this.owner = opts?.owner;
    return Promise.resolve(true);
  }

  locked(): boolean {
    return this.held;
  }

  isOwner(owner?: unknown): boolean {
    if (!this.held) return false;
    return this.owner == null ? owner == null : Object.is(owner, this.owner);
  }

  protected _release(owner?: unknown): void | Promise<void> {
    this.released.push(owner);
    this.held = false;
    this.owner = undefined;
    return this.releaseResult?.();
  }
}

/** Same as TokenLock, with a static qualname. */
export class NamedTokenLock extends TokenLock {
  static readonly qualname = 'asyncutils.test.NamedTokenLock';
}

type Waiter<T> = { resolve: (value: T) => void; reject: (error: unknown) => void; signal?: AbortSignal; onAbort?: () => void };

/** A value event whose `waitForNext` honours `signal` (and ignores `timeout`), removing aborted waiters. */
export class ValueEvent<T> extends EventMixin<T> {
  has = false;
  value: T | undefined = undefined;
  readonly waiters: Set<Waiter<T>> = new Set();
  readonly nextOptions: Array<MixinWaitOptions | undefined> = [];

  waitForNext(opts?: MixinWaitOptions): Promise<T> {
    this.nextOptions.push(opts);
    const signal = opts?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = { resolve, reject };
      if (signal) {
        waiter.signal = signal;
        waiter.onAbort = () => {
          this.waiters.delete(waiter);
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.waiters.add(waiter);
    });
  }

  isSet(): boolean {
    return this.has;
  }

  get(): T {
    if (!this.has) throw new RangeError('ValueEvent: no value');
    return this.value as T;
  }

  set(value: T): void {
    this.has = true;
    this.value = value;
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const w of waiters) {
      if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
      w.resolve(value);
    }
  }

  clear(): void {
    this.has = false;
    this.value = undefined;
  }
}
