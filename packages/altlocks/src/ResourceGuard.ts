// `ResourceGuard<T>`: a fail-fast guard; entering it while it is entered throws `ResourceBusy`.
import { ResourceBusy } from '@asyncutils/exceptions';
import { AsyncContextMixin, type ContextExitArgs } from '@asyncutils/mixins';
import { describe } from './describe.js';
import { checkOptions, fail } from './validate.js';

/**
 * Options of {@link ResourceGuard} and {@link UniqueResourceGuard}.
 *
 * @example
 * ```ts
 * import { ResourceGuard, type ResourceGuardOptions } from '@asyncutils/altlocks';
 *
 * const opts: ResourceGuardOptions = { action: 'writing to' };
 * const guard = new ResourceGuard(file, opts);
 * ```
 */
export interface ResourceGuardOptions {
  /**
   * What the holder is doing with the resource, for the `ResourceBusy` message
   * (`another task is already <action> resource: …`).
   * @defaultValue `'using'`
   */
  readonly action?: string;
}

/**
 * The one-off handle returned by {@link ResourceGuard.yieldsResource}: it holds the guard until its first
 * `release()` (or dispose); later calls do nothing.
 *
 * @typeParam T - The resource's type.
 *
 * @example
 * ```ts
 * import { ResourceGuard, type GuardedResource } from '@asyncutils/altlocks';
 *
 * const guard = new ResourceGuard(new Map<string, number>());
 * {
 *   using h: GuardedResource<Map<string, number>> = guard.yieldsResource();
 *   h.resource.set('a', 1);
 * } // released here
 * ```
 */
export interface GuardedResource<T> {
  /** The guarded resource. */
  readonly resource: T;
  /** Whether `release()` (or a dispose) already ran. */
  readonly released: boolean;
  /** Leaves the guard the first time; later calls do nothing. */
  release(): void;
  /** `release()`, for `using`. */
  [Symbol.dispose](): void;
  /** `release()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/** The handle of `yieldsResource`. */
class Handle<T> implements GuardedResource<T> {
  readonly resource: T;
  released = false;
  readonly #guard: ResourceGuard<T>;
  constructor(guard: ResourceGuard<T>, resource: T) {
    this.#guard = guard;
    this.resource = resource;
  }
  release(): void {
    if (this.released) return;
    this.released = true;
    this.#guard.exit();
  }
  [Symbol.dispose](): void {
    this.release();
  }
  async [Symbol.asyncDispose](): Promise<void> {
    this.release();
  }
}

/** Numbers of anonymous resources (`anonymous resource #1`, …). */
let anonymous = 0;

/**
 * Validates the options of a guard.
 * @returns The action.
 * @internal
 */
export function guardAction(qualname: string, opts: ResourceGuardOptions | undefined): string {
  const { action } = checkOptions(qualname, opts);
  if (action === undefined) return 'using';
  if (typeof action !== 'string') fail(qualname, 'action must be a string', action);
  return action;
}

/**
 * A fail-fast guard around a resource: entering it while it is already entered throws `ResourceBusy`
 * at once instead of waiting (use a lock to wait).
 *
 * @remarks
 * The guard is a context manager ({@link AsyncContextMixin}): `using _ = guard.enter()`, `await using _ =
 * guard.enter()`, or the callback forms `run`/`runAsync`. {@link ResourceGuard.yieldsResource} enters it
 * and hands out the resource. Without an argument the guard stands for an anonymous resource
 * (`anonymous resource #n`). The resource is held strongly. It also keeps the ratio of successful
 * entries to attempts.
 *
 * Several `ResourceGuard`s on one resource are independent; see {@link UniqueResourceGuard} for one guard
 * per resource.
 *
 * @typeParam T - The resource's type.
 *
 * @example
 * ```ts
 * import { ResourceBusy, ResourceGuard } from '@asyncutils/altlocks';
 *
 * const socket = { send: (s: string) => s.length };
 * const guard = new ResourceGuard(socket, { action: 'writing to' });
 * {
 *   using _ = guard.enter();
 *   socket.send('hello');
 *   try {
 *     guard.enter();
 *   } catch (err) {
 *     err instanceof ResourceBusy; // true: another task is already writing to resource: <Object #1>
 *   }
 * }
 * guard.guarded; // false
 * ```
 */
export class ResourceGuard<T> extends AsyncContextMixin<ResourceGuard<T>> {
  /**
   * The qualified name used in messages.
   * @example
   * ```ts
   * import { ResourceGuard } from '@asyncutils/altlocks';
   *
   * ResourceGuard.qualname; // 'asyncutils.altlocks.ResourceGuard'
   * ```
   */
  static readonly qualname: string = 'asyncutils.altlocks.ResourceGuard';

  readonly #resource: T;
  /** The label of an anonymous resource; `undefined` when a resource was given. */
  readonly #label: string | undefined;
  readonly #action: string;
  #guarded = false;
  #attempts = 0;
  #successes = 0;

  /**
   * A guard for an anonymous resource (`anonymous resource #n`); `yieldsResource` is not available.
   * @example
   * ```ts
   * import { ResourceGuard } from '@asyncutils/altlocks';
   *
   * const busy = new ResourceGuard();
   * ```
   */
  constructor();
  /**
   * A guard for `rsrc` (any value, held strongly).
   * @param rsrc - The resource.
   * @param opts - `action`, see {@link ResourceGuardOptions}.
   * @throws TypeError when `opts` is not an object or `action` is not a string.
   * @example
   * ```ts
   * import { ResourceGuard } from '@asyncutils/altlocks';
   *
   * const guard = new ResourceGuard(db, { action: 'migrating' });
   * ```
   */
  constructor(rsrc: T, opts?: ResourceGuardOptions);
  constructor(rsrc?: T, opts?: ResourceGuardOptions) {
    super();
    this.#action = guardAction((new.target as typeof ResourceGuard).qualname, opts);
    this.#resource = rsrc as T;
    this.#label = arguments.length === 0 ? `anonymous resource #${++anonymous}` : undefined;
  }

  /**
   * What the holder does with the resource (the `action` option).
   * @example
   * ```ts
   * import { ResourceGuard } from '@asyncutils/altlocks';
   *
   * new ResourceGuard('db', { action: 'vacuuming' }).action; // 'vacuuming'
   * ```
   */
  get action(): string {
    return this.#action;
  }

  /**
   * Whether the guard is entered now.
   * @example
   * ```ts
   * import { ResourceGuard } from '@asyncutils/altlocks';
   *
   * const g = new ResourceGuard('db');
   * g.guarded; // false
   * ```
   */
  get guarded(): boolean {
    return this.#guarded;
  }

  /**
   * Successful entries divided by entry attempts; `0` when no entry succeeded yet.
   * @example
   * ```ts
   * import { ResourceGuard } from '@asyncutils/altlocks';
   *
   * const g = new ResourceGuard('db');
   * g.run(() => {});
   * g.successRatio; // 1
   * ```
   */
  get successRatio(): number {
    return this.#successes === 0 ? 0 : this.#successes / this.#attempts;
  }

  /**
   * Enters the guard (Python `__enter__`): counts an attempt, then throws `ResourceBusy` if the guard is
   * already entered, else marks it guarded.
   *
   * @returns The guard itself, disposable: `using _ = guard.enter()`.
   * @throws ResourceBusy `<qualname>: another task is already <action> resource: <resource>`.
   *
   * @example
   * ```ts
   * import { ResourceGuard } from '@asyncutils/altlocks';
   *
   * const g = new ResourceGuard('db');
   * using _ = g.enter();
   * ```
   */
  override enter(): this {
    this.#attempts++;
    if (this.#guarded) {
      const what = this.#label ?? describe(this.#resource);
      throw new ResourceBusy(`${(this.constructor as typeof ResourceGuard).qualname}: another task is already ${this.#action} resource: ${what}`);
    }
    this.#guarded = true;
    this.#successes++;
    return this;
  }

  /**
   * Leaves the guard (Python `__exit__`). Never suppresses the block's error.
   *
   * @param args - Nothing, or the error the block threw (ignored).
   * @throws Error `<qualname>: context manager used improperly` when the guard is not entered.
   *
   * @example
   * ```ts
   * import { ResourceGuard } from '@asyncutils/altlocks';
   *
   * const g = new ResourceGuard('db');
   * g.enter();
   * g.exit();
   * ```
   */
  exit(...args: ContextExitArgs): void {
    void args;
    if (!this.#guarded) throw new Error(`${(this.constructor as typeof ResourceGuard).qualname}: context manager used improperly`);
    this.#guarded = false;
  }

  /**
   * Enters the guard now and returns a one-off handle to the resource; the first `release()` (or
   * `using`/`await using` disposal) of the handle leaves the guard.
   *
   * @returns The handle.
   * @throws TypeError when the guard has no resource (made with `new ResourceGuard()`).
   * @throws ResourceBusy when the guard is already entered.
   *
   * @example
   * ```ts
   * import { ResourceGuard } from '@asyncutils/altlocks';
   *
   * const guard = new ResourceGuard(new Set<string>());
   * {
   *   using h = guard.yieldsResource();
   *   h.resource.add('x');
   * }
   * ```
   */
  yieldsResource(): GuardedResource<T> {
    if (this.#label !== undefined) {
      throw new TypeError('asyncutils.altlocks.ResourceGuard: yieldsResource expected resource guard to have been instantiated with a resource');
    }
    this.enter();
    return new Handle(this, this.#resource);
  }
}
