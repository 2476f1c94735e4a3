// `LocalContext` (a prepared context to run code in, or to swap in with `using`) and its single-use
// variant `NonReusableLocalContext`. Both live here so the subclass is always defined after its base.
import { type Context, deriveContext } from './Context.js';
import type { ContextChanges } from './ContextValues.js';
import { describeValue } from './describeValue.js';
import { getcontext } from './getcontext.js';
import { localContext } from './localContextScope.js';
import { setcontext } from './setcontext.js';
import { type BrandedContext, contextBrand, isBrandedContext } from './state.js';

/** A plain object (possibly from another realm), as opposed to a class instance such as a `Map` or array. */
function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.prototype.toString.call(value) === '[object Object]';
}

let disposeFallbackChecked = false;

/**
 * Where the runtime lacks `Symbol.dispose`/`Symbol.asyncDispose`, also installs the disposers under the
 * keys that down-levelled `using`/`await using` look up (`Symbol.for('Symbol.dispose')`, …). Done at the
 * first construction, so the class declaration stays free of side effects (and tree-shakable).
 */
function installDisposeFallback(): void {
  disposeFallbackChecked = true;
  const proto = LocalContext.prototype as unknown as Record<symbol, unknown>;
  if (typeof Symbol.dispose !== 'symbol') {
    Object.defineProperty(proto, Symbol.for('Symbol.dispose'), { value: proto[Symbol.dispose as symbol], writable: true, configurable: true });
  }
  if (typeof Symbol.asyncDispose !== 'symbol') {
    Object.defineProperty(proto, Symbol.for('Symbol.asyncDispose'), { value: proto[Symbol.asyncDispose as symbol], writable: true, configurable: true });
  }
}

/** The qualified name of the class of `lc`, for messages. */
function apiOf(lc: LocalContext): string {
  return `asyncutils.context.${lc instanceof NonReusableLocalContext ? 'NonReusableLocalContext' : 'LocalContext'}`;
}

/**
 * A prepared context: `run(fn)` runs `fn` in a new scope with it, `enter()` (or `using`) swaps it in as
 * the current scope's context until `exit()` (or the end of the block).
 *
 * @remarks
 * The port of Python's `LocalContext`. `newCtx` is computed at construction: a copy of `ctx` (default: the
 * current context, `getcontext()`) plus `changes`. Prefer `run` (or `localContext`) for isolation: it
 * opens a scope of its own that follows async work. `enter()` instead changes the context of the *current*
 * scope until `exit()`: at top level that is the whole realm, concurrent async work included, as
 * JavaScript disposers cannot open a scope. A `LocalContext` can be entered again after each `exit()`;
 * see {@link NonReusableLocalContext} for the single-use variant.
 *
 * @example
 * ```ts
 * import { getcontext, LocalContext, AITER_TO_GEN_DEFAULT_STRICT } from '@asyncutils/context';
 *
 * const strict = new LocalContext({ AITER_TO_GEN_DEFAULT_STRICT: true });
 * strict.run(() => AITER_TO_GEN_DEFAULT_STRICT.get()); // true, in a scope of its own
 *
 * {
 *   using _ = strict.enter();
 *   getcontext().AITER_TO_GEN_DEFAULT_STRICT; // true until the end of the block
 * }
 * getcontext().AITER_TO_GEN_DEFAULT_STRICT; // false
 * ```
 */
export class LocalContext implements Disposable, AsyncDisposable {
  /** The context this object makes current: computed at construction. */
  readonly newCtx: Context;
  #saved: Context | undefined;

  /**
   * Prepares a copy of the current context plus `changes`.
   *
   * @param changes - Constants and values (names upper-cased first).
   * @throws TypeError for a value of the wrong type; RangeError for an unknown name or a value out of range.
   */
  constructor(changes?: ContextChanges);
  /**
   * Prepares a copy of `ctx` (`null`/omitted: the current context) plus `changes`.
   *
   * @param ctx - The context to start from.
   * @param changes - Constants and values (names upper-cased first).
   * @throws TypeError `asyncutils.context.LocalContext: ctx must be an instance of asyncutils.context.Context`
   * when `ctx` is neither a `Context`, `null`, `undefined` nor a plain object of changes; TypeError or
   * RangeError for bad changes.
   */
  constructor(ctx: Context | null | undefined, changes?: ContextChanges);
  constructor(first?: Context | ContextChanges | null, changes?: ContextChanges) {
    if (!disposeFallbackChecked) installDisposeFallback();
    const api = `asyncutils.context.${new.target === NonReusableLocalContext ? 'NonReusableLocalContext' : 'LocalContext'}`;
    let base: BrandedContext;
    let own: unknown = changes;
    if (isBrandedContext(first)) {
      base = first;
    } else if (first === null || first === undefined) {
      base = getcontext() as unknown as BrandedContext;
    } else if (isPlainObject(first)) {
      if (changes !== undefined) throw new TypeError(`${api}: pass changes once, as new LocalContext(changes) or new LocalContext(ctx, changes)`);
      base = getcontext() as unknown as BrandedContext;
      own = first;
    } else {
      throw new TypeError(`${api}: ctx must be an instance of asyncutils.context.Context, got ${describeValue(first)}`);
    }
    this.newCtx = deriveContext(api, base[contextBrand], own, true);
  }

  /** The context `enter()` replaced, while entered; `undefined` otherwise. */
  get savedCtx(): Context | undefined {
    return this.#saved;
  }

  /**
   * Runs `fn` in a new scope whose context is `newCtx` (`localContext(newCtx, fn)`), and returns what
   * `fn` returns.
   *
   * @throws TypeError when `fn` is not a function.
   */
  run<R>(fn: () => R): R {
    if (typeof fn !== 'function') throw new TypeError(`${apiOf(this)}.run: fn must be a function, got ${describeValue(fn)}`);
    return localContext(this.newCtx, fn);
  }

  /**
   * Saves the current context (`savedCtx`) and makes `newCtx` current in the current scope; returns
   * `this`, for `using lc = new LocalContext({ … }).enter()`.
   *
   * @throws Error `…: already entered` when entered and not yet exited.
   */
  enter(): this {
    if (this.#saved !== undefined) throw new Error(`${apiOf(this)}: already entered`);
    const saved = getcontext();
    setcontext(this.newCtx);
    this.#saved = saved;
    return this;
  }

  /**
   * Makes `savedCtx` current again in the current scope and clears it.
   *
   * @throws Error `…: not entered` when not entered.
   */
  exit(): void {
    const saved = this.#saved;
    if (saved === undefined) throw new Error(`${apiOf(this)}: not entered`);
    setcontext(saved);
    this.#saved = undefined;
  }

  /** `exit()`, for `using`. */
  [Symbol.dispose](): void {
    this.exit();
  }

  /** `exit()`, for `await using`; resolves at once (rejects with `exit()`'s error). */
  async [Symbol.asyncDispose](): Promise<void> {
    this.exit();
  }
}

/**
 * A `LocalContext` usable once: after its first `exit()` (or once `run()` has started), `enter()` and
 * `run()` throw.
 *
 * @remarks
 * What `Context#ascurctx()` returns, as Python's `ascurctx`. The class is final: subclassing it throws
 * `TypeError`.
 *
 * @example
 * ```ts
 * import { getcontext, EVENT_LOOP_BASE_FLAGS } from '@asyncutils/context';
 *
 * const once = getcontext().ascurctx({ EVENT_LOOP_BASE_FLAGS: 5 });
 * {
 *   using _ = once.enter();
 *   EVENT_LOOP_BASE_FLAGS.get(); // 5
 * }
 * once.enter(); // Error: asyncutils.context.NonReusableLocalContext: already used
 * ```
 */
export class NonReusableLocalContext extends LocalContext {
  #used = false;

  /**
   * Prepares a copy of the current context plus `changes`, for one use.
   *
   * @throws TypeError when subclassed; as `LocalContext` for bad changes.
   */
  constructor(changes?: ContextChanges);
  /**
   * Prepares a copy of `ctx` (`null`/omitted: the current context) plus `changes`, for one use.
   *
   * @throws TypeError when subclassed; as `LocalContext` for a bad `ctx` or bad changes.
   */
  constructor(ctx: Context | null | undefined, changes?: ContextChanges);
  constructor(first?: Context | ContextChanges | null, changes?: ContextChanges) {
    if (new.target !== NonReusableLocalContext) throw new TypeError('cannot subclass asyncutils.context.NonReusableLocalContext');
    super(first as Context | null | undefined, changes);
  }

  /** As `LocalContext#run`, once. @throws Error `…: already used` after the first use. */
  override run<R>(fn: () => R): R {
    if (typeof fn !== 'function') return super.run(fn);
    this.#checkUnused();
    this.#used = true;
    return super.run(fn);
  }

  /** As `LocalContext#enter`, once. @throws Error `…: already used` after the first use. */
  override enter(): this {
    this.#checkUnused();
    return super.enter();
  }

  /** As `LocalContext#exit`; afterwards the object is used up. */
  override exit(): void {
    super.exit();
    this.#used = true;
  }

  #checkUnused(): void {
    if (this.#used) throw new Error('asyncutils.context.NonReusableLocalContext: already used');
  }
}
