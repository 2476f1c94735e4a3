// `Context`: a full set of the 89 contextual values, storing only the explicitly set ones.
import type { ContextChanges, ContextConstantName, ContextValues } from './ContextValues.js';
import type { ContextConstant } from './defineConstant.js';
import { describeValue } from './describeValue.js';
import { NonReusableLocalContext } from './LocalContext.js';
import { prepareChanges, resolveConstant } from './prepareChanges.js';
import { contextState } from './createState.js';
import { type BrandedContext, contextBrand, type ContextValueRecord, isBrandedContext } from './state.js';
import { contextConstants } from './table.js';
import { validateValue } from './validateValue.js';

/**
 * Options of `Context#pprint`.
 *
 * @example
 * ```ts
 * import { getcontext, type ContextPprintOptions } from '@asyncutils/context';
 *
 * const toStderr: ContextPprintOptions = { write: (text) => process.stderr.write(text) };
 * getcontext().pprint(toStderr);
 * ```
 */
export interface ContextPprintOptions {
  /** Receives the whole text in one call. Default: `console.log` (which adds its own newline). */
  readonly write?: (text: string) => void;
  /** Whether `write` receives a trailing `'\n'`. @default true */
  readonly includeNewline?: boolean;
}

/** The 89 accessors, typed: reading gives the effective value, assigning validates and stores. */
type ContextFields = { -readonly [K in ContextConstantName]: ContextValues[K] };

/** The explicit values of a context, or a clear `TypeError` when `target` is not one. */
function recordOf(target: unknown, member: string): ContextValueRecord {
  if (!isBrandedContext(target)) {
    throw new TypeError(`asyncutils.context.Context: ${member} called on something that is not a Context (${describeValue(target)})`);
  }
  return target[contextBrand];
}

/**
 * The effective value of `handle` for a context with explicit values `record`: the explicit value, else
 * the installed default override, else the factory default.
 */
export function effectiveValue(record: ContextValueRecord, handle: ContextConstant): unknown {
  const own = record[handle.name];
  if (own !== undefined) return own;
  const installed = contextState().overrides()[handle.name];
  return installed === undefined ? handle.default : installed;
}

/** `===`, and element-wise (recursively) for arrays. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item: unknown, i) => sameValue(item, b[i]));
}

let accessorsInstalled = false;

/**
 * Defines the 89 accessors on `Context.prototype`. Done at the first construction rather than in a static
 * block, so that the class declaration has no side effect and bundlers drop it when it is unused.
 */
function installAccessors(): void {
  accessorsInstalled = true;
  for (const handle of contextConstants) {
    const { name, kind } = handle;
    Object.defineProperty(Context.prototype, name, {
      get(this: Context): unknown {
        return effectiveValue(recordOf(this, name), handle);
      },
      set(this: Context, value: unknown): void {
        const record = recordOf(this, name);
        record[name] = validateValue('asyncutils.context.Context', name, kind, value);
      },
      enumerable: false,
      configurable: false,
    });
  }
}

/** The `Context` interface merges the 89 typed accessors into the class below. */
export interface Context extends ContextFields {}

/**
 * A full set of the 89 contextual values: the explicitly set ones, and live defaults for the rest.
 *
 * @remarks
 * The port of Python's `asyncutils.context.Context` (modelled on `decimal.Context`). Reading an accessor
 * (`ctx.RETRY_DEFAULT_TRIES`) gives the explicit value if one was set, else the default installed with
 * `setDefaultOverrides` (by `@asyncutils/config`, for example), else the factory default; unset fields
 * follow those layers live. Assigning validates the value by the constant's kind (`TypeError` for a wrong
 * type, `RangeError` for a value out of range) and stores it; arrays are copied and deep-frozen. Handles
 * (`RETRY_DEFAULT_TRIES.get()`) read the current scope's context at once.
 *
 * Instances are non-extensible: assigning an unknown property throws `TypeError` (strict mode). The class
 * is final. `instanceof Context` is a brand check, true also for contexts made by another installed copy
 * of the package. The mapping-style methods (`get`, `set`, `update`, `replace`, `replaceFromDct`,
 * `fromDct`) upper-case names first; an unknown name throws `RangeError`.
 *
 * @example
 * ```ts
 * import { Context, getcontext, localContext, RETRY_DEFAULT_TRIES } from '@asyncutils/context';
 *
 * const patient = new Context({ RETRY_DEFAULT_TRIES: 10, RETRY_DEFAULT_MAX_DELAY: 60_000 });
 * localContext(patient, () => RETRY_DEFAULT_TRIES.get()); // 10
 *
 * getcontext().TIMER_DEFAULT_PRECISION = 3; // the current scope (here: the realm) from now on
 * getcontext().get('timer_default_precision'); // 3
 * console.log(String(getcontext())); // Context.fromDct({ ... })
 * ```
 */
export class Context {
  /**
   * Makes a context holding `values` as explicit values; every other field follows the defaults.
   *
   * @param values - Constants and values (names upper-cased first); all are validated before the
   * context is made.
   * @throws TypeError when subclassed, when `values` is not a plain object, or for a value of the wrong
   * type; RangeError for an unknown name or a value out of range.
   */
  constructor(values?: ContextChanges) {
    if (new.target !== Context) throw new TypeError('cannot subclass asyncutils.context.Context');
    if (!accessorsInstalled) installAccessors();
    const record = Object.create(null) as ContextValueRecord;
    for (const [handle, value] of prepareChanges('asyncutils.context.Context', values, true)) record[handle.name] = value;
    Object.defineProperty(this, contextBrand, { value: record, writable: false, enumerable: false, configurable: false });
    Object.preventExtensions(this);
  }

  /** Brand check: `true` for a `Context` made by any copy of the package. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return isBrandedContext(value);
  }

  /**
   * Makes a context from a plain object of names (any case) and values, such as `toJSON()`'s output.
   *
   * @param d - The values.
   * @returns A new context holding them as explicit values.
   * @throws TypeError when `d` is not a plain object or a value has the wrong type; RangeError for an
   * unknown name or a value out of range.
   */
  static fromDct(d: Readonly<Record<string, unknown>>): Context {
    return deriveContext('asyncutils.context.Context.fromDct', undefined, d, false);
  }

  /** The effective value of the constant `name` (upper-cased first). @throws RangeError for an unknown name. */
  get<K extends ContextConstantName>(name: K): ContextValues[K];
  /** The effective value of the constant `name` (upper-cased first). @throws RangeError for an unknown name. */
  get(name: string): unknown;
  get(name: string): unknown {
    return effectiveValue(recordOf(this, 'get'), resolveConstant('asyncutils.context.Context.get', name));
  }

  /**
   * Validates `value` and stores it as the explicit value of `name` (upper-cased first).
   *
   * @throws RangeError for an unknown name or a value out of range; TypeError for a wrong type.
   */
  set<K extends ContextConstantName>(name: K, value: ContextValues[K]): void;
  /**
   * Validates `value` and stores it as the explicit value of `name` (upper-cased first).
   *
   * @throws RangeError for an unknown name or a value out of range; TypeError for a wrong type.
   */
  set(name: string, value: unknown): void;
  set(name: string, value: unknown): void {
    const record = recordOf(this, 'set');
    const api = 'asyncutils.context.Context.set';
    const handle = resolveConstant(api, name);
    record[handle.name] = validateValue(api, handle.name, handle.kind, value);
  }

  /**
   * Validates every change (names upper-cased first), then stores them all; on any error nothing changes.
   *
   * @param changes - Names and values; `null` or omitted: nothing to do.
   */
  update(changes?: Readonly<Record<string, unknown>> | null): void {
    const record = recordOf(this, 'update');
    const prepared = prepareChanges('asyncutils.context.Context.update', changes, true);
    for (const [handle, value] of prepared) record[handle.name] = value;
  }

  /**
   * A new context with this one's explicit values plus `changes`; this one is unchanged.
   *
   * @param changes - Names (upper-cased first) and values.
   */
  replace(changes?: ContextChanges): Context {
    return deriveContext('asyncutils.context.Context.replace', recordOf(this, 'replace'), changes, true);
  }

  /** As `replace`, with the changes as one required plain object (Python's `replace_from_dct`). */
  replaceFromDct(d: Readonly<Record<string, unknown>>): Context {
    return deriveContext('asyncutils.context.Context.replaceFromDct', recordOf(this, 'replaceFromDct'), d, false);
  }

  /** A new context with the same explicit values (unset fields keep following the defaults). */
  copy(): Context {
    return deriveContext('asyncutils.context.Context.copy', recordOf(this, 'copy'), undefined, true);
  }

  /**
   * A new plain object of all 89 effective values, in table order. Changing it does not change the
   * context; array values are the stored (frozen) arrays.
   */
  asdict(): ContextValues {
    const record = recordOf(this, 'asdict');
    const out: Record<string, unknown> = {};
    for (const handle of contextConstants) out[handle.name] = effectiveValue(record, handle);
    return out as unknown as ContextValues;
  }

  /** `true` iff `other` is a `Context` (of any copy) whose 89 effective values equal this one's. */
  equals(other: unknown): boolean {
    const mine = recordOf(this, 'equals');
    if (!isBrandedContext(other)) return false;
    const theirs = other[contextBrand];
    return contextConstants.every((handle) => sameValue(effectiveValue(mine, handle), effectiveValue(theirs, handle)));
  }

  /**
   * A single-use `LocalContext` that makes a copy of this context plus `changes` current
   * (`using lc = ctx.ascurctx({ … }).enter()`).
   */
  ascurctx(changes?: ContextChanges): NonReusableLocalContext {
    return new NonReusableLocalContext(this, changes);
  }

  /**
   * `'Context.fromDct(' + JSON.stringify(this.asdict(), null, 2) + ')'`. The inner JSON parses back with
   * `Context.fromDct(JSON.parse(…))`, except that `Infinity` durations render as `null`.
   */
  toString(): string {
    return `Context.fromDct(${JSON.stringify(this.asdict(), null, 2)})`;
  }

  /** `asdict()`, so `JSON.stringify(ctx)` gives the values. */
  toJSON(): ContextValues {
    return this.asdict();
  }

  /**
   * Writes `toString()` through `opts.write` (with a trailing newline unless `includeNewline` is
   * `false`), or logs it with `console.log`.
   *
   * @throws TypeError when `write` is given but not a function, or `includeNewline` is not a boolean.
   */
  pprint(opts?: ContextPprintOptions): void {
    const api = 'asyncutils.context.Context.pprint';
    if (opts !== undefined && (typeof opts !== 'object' || opts === null)) {
      throw new TypeError(`${api}: opts must be an object, got ${describeValue(opts)}`);
    }
    const write: unknown = opts?.write;
    const includeNewline: unknown = opts?.includeNewline ?? true;
    if (write !== undefined && typeof write !== 'function') throw new TypeError(`${api}: write must be a function, got ${describeValue(write)}`);
    if (typeof includeNewline !== 'boolean') throw new TypeError(`${api}: includeNewline must be a boolean, got ${describeValue(includeNewline)}`);
    const text = this.toString();
    if (write === undefined) console.log(text);
    else (write as (text: string) => void)(includeNewline ? `${text}\n` : text);
  }
}

/**
 * A new `Context` whose explicit values are those of `base` (a context's record, or none) plus the
 * validated `changes`; on any validation error nothing is made.
 *
 * @example
 * ```ts
 * deriveContext('asyncutils.context.localContext', getcontext()[contextBrand], { RETRY_DEFAULT_TRIES: 1 }, false);
 * ```
 */
export function deriveContext(api: string, base: ContextValueRecord | undefined, changes: unknown, optional: boolean): Context {
  const prepared = prepareChanges(api, changes, optional);
  const context = new Context();
  const record = (context as unknown as BrandedContext)[contextBrand];
  if (base !== undefined) Object.assign(record, base);
  for (const [handle, value] of prepared) record[handle.name] = value;
  return context;
}
