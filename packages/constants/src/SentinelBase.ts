// `SentinelBase`: the base class of named, identity-unique sentinel objects (`RAISE`, `NO_COALESCE`, and
// any sentinel a library defines for itself).
import { describeValue } from './describeValue.js';

/**
 * Options of the {@link SentinelBase} constructor.
 *
 * @example
 * ```ts
 * import { SentinelBase, type SentinelBaseOptions } from '@asyncutils/constants';
 *
 * class MySentinel extends SentinelBase {}
 * const opts: SentinelBaseOptions = { module: 'my-lib' };
 * const AUTO = new MySentinel('AUTO', opts); // named 'my-lib.AUTO'
 * ```
 */
export interface SentinelBaseOptions {
  /**
   * The module (package, file) the sentinel belongs to; the full name becomes `${module}.${name}`.
   * Any non-empty string (`'my-lib'`, `'@scope/pkg/sub'`). Only valid together with a name.
   *
   * @default undefined (the full name is the name itself)
   */
  readonly module?: string;
}

/** What the base class keeps about each sentinel (in a WeakMap, so the public type stays structural). */
interface SentinelState {
  name: string | undefined;
  readonly module: string | undefined;
  /** The name → instance cache of the sentinel's own class. */
  readonly cache: Map<string, SentinelBase>;
}

/** Brand carried by every sentinel of every copy of this package, checked by `instanceof SentinelBase`. */
const brandKey: symbol = Symbol.for('@asyncutils/constants.Sentinel');
/** The key Node's `util.inspect` looks for; used as a bare symbol so no `node:` import is needed. */
const inspectKey: symbol = Symbol.for('nodejs.util.inspect.custom');

/** Per-instance state. A WeakMap rather than `#private` fields: see `SentinelState`. */
const states = new WeakMap<object, SentinelState>();
/** One cache per concrete class (`new.target`), as upstream's `__init_subclass__` gives each subclass its own. */
const caches = new WeakMap<object, Map<string, SentinelBase>>();

/**
 * Words that cannot be a part of a sentinel name: ECMAScript reserved words, the strict-mode ones, and the
 * literals `null`, `true` and `false`.
 */
const reservedWords: ReadonlySet<string> = /*#__PURE__*/ new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import',
  'in', 'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public',
  'return', 'static', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while',
  'with', 'yield',
]);

/** An ECMAScript IdentifierName (Unicode ID_Start/ID_Continue, `$`, `_`, ZWNJ, ZWJ). */
const identifierPattern = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

function isIdentifier(text: string): boolean {
  return identifierPattern.test(text);
}

/** A valid sentinel name: one or two dot-separated identifiers, none of them a reserved word. */
function isValidName(name: string): boolean {
  const parts = name.split('.');
  return parts.length <= 2 && parts.every((part) => isIdentifier(part) && !reservedWords.has(part));
}

/** Adds the brand and the inspect hook to the prototype, once, when the first sentinel is constructed. */
let prototypeReady = false;
function preparePrototype(): void {
  if (prototypeReady) return;
  prototypeReady = true;
  // Installed lazily instead of as computed class members: a class member keyed by a `Symbol.for` value
  // keeps the whole class in every bundle, even one that never uses it.
  Object.defineProperty(SentinelBase.prototype, brandKey, { value: true });
  Object.defineProperty(SentinelBase.prototype, inspectKey, {
    configurable: true,
    writable: true,
    value: function inspect(this: SentinelBase): string {
      const { name } = this;
      return `<${typeNameOf(this)} ${name === undefined ? '(unbound)' : `'${name}'`}>`;
    },
  });
}

/** The state of a sentinel of this copy; `TypeError` for anything else (a getter borrowed by another object). */
function stateOf(sentinel: SentinelBase, api: string): SentinelState {
  const state = states.get(sentinel);
  if (state === undefined) {
    throw new TypeError(`asyncutils.constants.SentinelBase.${api}: ${describeValue(sentinel)} is not a sentinel`);
  }
  return state;
}

/** The constructor name of a sentinel, for messages. */
function typeNameOf(sentinel: object): string {
  const ctor: unknown = (Object.getPrototypeOf(sentinel) as { constructor?: unknown } | null)?.constructor;
  return (typeof ctor === 'function' && ctor.name) || 'SentinelBase';
}

/**
 * Whether `cls` is `SentinelBase` itself. A function outside the class body, so the class refers to itself
 * through the module binding: bundlers rename a class that names itself inside its body (`_SentinelBase`).
 */
function isSentinelBase(cls: unknown): boolean {
  return cls === SentinelBase;
}

/** Whether `value` carries the brand of a sentinel made by any copy of this package. Never throws. */
function isBranded(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[brandKey] === true;
  } catch {
    return false;
  }
}

/** Reads and checks `opts.module`. */
function moduleOption(opts: unknown): string | undefined {
  if (opts === undefined) return undefined;
  if (typeof opts !== 'object' || opts === null) {
    throw new TypeError(`asyncutils.constants.SentinelBase: options must be an object, got ${describeValue(opts)}`);
  }
  const module: unknown = (opts as SentinelBaseOptions).module;
  if (module === undefined) return undefined;
  if (typeof module !== 'string') {
    throw new TypeError(`asyncutils.constants.SentinelBase: options.module must be a string, got ${describeValue(module)}`);
  }
  if (module === '') throw new RangeError('asyncutils.constants.SentinelBase: options.module must not be empty');
  return module;
}

/** The owner's name for `bindTo`: the string itself or the owner's string `name`; never empty. */
function ownerNameOf(owner: unknown): string {
  let name: unknown = owner;
  if ((typeof owner === 'object' && owner !== null) || typeof owner === 'function') {
    name = (owner as { name?: unknown }).name;
  } else if (typeof owner !== 'string') {
    throw new TypeError(
      `asyncutils.constants.SentinelBase.bindTo: owner must be a string or an object with a name, got ${describeValue(owner)}`,
    );
  }
  if (typeof name !== 'string') {
    throw new TypeError(
      `asyncutils.constants.SentinelBase.bindTo: owner ${describeValue(owner)} has no string name (got ${describeValue(name)})`,
    );
  }
  if (name === '') throw new RangeError(`asyncutils.constants.SentinelBase.bindTo: owner ${describeValue(owner)} has an empty name`);
  return name;
}

/**
 * The base class of sentinels: named, identity-unique marker objects such as {@link RAISE} and
 * {@link NO_COALESCE}, compared with `===`.
 *
 * @remarks
 * Only subclasses can be instantiated. Each subclass keeps its own cache from full name to instance, so
 * constructing the same name twice returns the same object, and two subclasses never share instances.
 *
 * - **Named**: `new Sub(name, { module })`. `name` is one identifier or two joined by one `.`
 *   (`'AUTO'`, `'Cfg.AUTO'`); no part may be a reserved word. The full name is `${module}.${name}`, or
 *   `name` without a module. The sentinel is frozen.
 * - **Unbound**: `new Sub()` makes a fresh nameless sentinel every time (`name` `undefined`, `boundTo`
 *   and `back` `null`, `String(s)` `'<unbound>'`), sealed until {@link SentinelBase.bindTo} names it.
 *
 * The port of Python's `SentinelBase`. Python prefixes the caller's module automatically and binds class
 * attributes through `__set_name__`; JavaScript can do neither, so pass `module` or call `bindTo`.
 * Sentinels hold no instance state: a subclass must not declare instance fields or assign to `this`
 * (the instance is frozen or sealed, and a repeated construction returns the cached object).
 *
 * `instanceof SentinelBase` also accepts sentinels created by another installed copy of this package,
 * so the shared {@link RAISE} passes it everywhere. Cloning (`structuredClone`, `postMessage`) does not
 * preserve identity; send `toJSON()` (the name) and look the sentinel up again instead.
 *
 * @example
 * ```ts
 * import { SentinelBase } from '@asyncutils/constants';
 *
 * class Missing extends SentinelBase {}
 *
 * // A module-level sentinel: name 'my-lib.MISSING'.
 * export const MISSING = new Missing('MISSING', { module: 'my-lib' });
 * new Missing('MISSING', { module: 'my-lib' }) === MISSING; // true
 *
 * // A sentinel bound to a class: name 'Cfg.AUTO'.
 * class Cfg {
 *   static readonly AUTO = new Missing().bindTo(Cfg, 'AUTO');
 * }
 *
 * function get<T>(map: Map<string, T>, key: string): T | Missing {
 *   return map.has(key) ? (map.get(key) as T) : MISSING;
 * }
 * ```
 */
export class SentinelBase {
  /**
   * Makes a sentinel of a subclass, or returns the cached one of the same full name.
   *
   * @param name - One identifier, or two joined by a `.`; no part a reserved word. Omit it for an
   *   unbound sentinel.
   * @param opts - {@link SentinelBaseOptions}: `module` prefixes the full name.
   * @throws TypeError `cannot instantiate 'asyncutils.constants.SentinelBase'` on `new SentinelBase()`;
   *   `TypeError` when `name` is not a string or `opts` is malformed.
   * @throws RangeError `asyncutils.constants.SentinelBase: invalid name …` for an invalid name, or when
   *   `opts.module` is empty or given without a name.
   */
  constructor(name?: string, opts?: SentinelBaseOptions) {
    const cls = new.target;
    if (isSentinelBase(cls)) throw new TypeError("cannot instantiate 'asyncutils.constants.SentinelBase'");
    preparePrototype();
    const module = moduleOption(opts);
    let cache = caches.get(cls);
    if (cache === undefined) caches.set(cls, (cache = new Map()));
    if (name === undefined) {
      if (module !== undefined) {
        throw new RangeError(
          `asyncutils.constants.SentinelBase: options.module (${describeValue(module)}) needs a name; an unbound sentinel gets its name from bindTo`,
        );
      }
      states.set(this, { name: undefined, module: undefined, cache });
      Object.seal(this);
      return;
    }
    if (typeof name !== 'string') {
      throw new TypeError(`asyncutils.constants.SentinelBase: name must be a string, got ${describeValue(name)}`);
    }
    if (!isValidName(name)) {
      throw new RangeError(
        `asyncutils.constants.SentinelBase: invalid name ${describeValue(name)} (expected one identifier or two joined by '.', none a reserved word)`,
      );
    }
    const full = module === undefined ? name : `${module}.${name}`;
    const existing = cache.get(full);
    if (existing !== undefined) return existing;
    states.set(this, { name: full, module, cache });
    cache.set(full, this);
    Object.freeze(this);
  }

  /**
   * `instanceof SentinelBase` accepts the sentinels of every copy of this package (checked by a
   * `Symbol.for` brand); `instanceof Sub` for a subclass is the ordinary prototype check.
   *
   * @param value - The left operand of `instanceof`.
   * @returns Whether `value` is a sentinel of this class (or, for `SentinelBase`, of any copy).
   *
   * @example
   * ```ts
   * import { RAISE, SentinelBase } from '@asyncutils/constants';
   *
   * RAISE instanceof SentinelBase; // true, whichever installed copy created RAISE
   * ```
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return isSentinelBase(this) && isBranded(value);
  }

  /** The full name (`'my-lib.AUTO'`, `'Cfg.AUTO'`), or `undefined` while unbound. */
  get name(): string | undefined {
    return stateOf(this, 'name').name;
  }

  /** The `module` option the sentinel was constructed with, or `undefined`. */
  get module(): string | undefined {
    return stateOf(this, 'module').module;
  }

  /** The part of {@link SentinelBase.name} before its last `.`; `null` when there is no dot or no name. */
  get boundTo(): string | null {
    const name = stateOf(this, 'boundTo').name;
    const dot = name === undefined ? -1 : name.lastIndexOf('.');
    return dot < 0 ? null : (name as string).slice(0, dot);
  }

  /** The part of {@link SentinelBase.name} after its last `.` (the whole name without one); `null` when unbound. */
  get back(): string | null {
    const name = stateOf(this, 'back').name;
    return name === undefined ? null : name.slice(name.lastIndexOf('.') + 1);
  }

  /** Whether {@link SentinelBase.back} starts with `_`. */
  get isPrivate(): boolean {
    return this.back?.startsWith('_') ?? false;
  }

  /**
   * Names an unbound sentinel after the class (or other owner) attribute that holds it: the port of
   * Python's `__set_name__`, which JavaScript has no hook for.
   *
   * @remarks
   * The target name is `${ownerName}.${attr}`, where `ownerName` is `owner` itself or `owner.name`.
   * An unbound sentinel claims that name in its class's cache, takes it and is frozen. A sentinel that
   * already has exactly that name (and is the one cached under it) is left alone, so repeating a binding
   * is harmless.
   *
   * @param owner - The owner: a class (its `name` is used), any object with a string `name`, or a string.
   * @param attr - The attribute name: an identifier.
   * @returns `this`, so the call can initialise the attribute.
   * @throws TypeError when `owner` has no string name or `attr` is not a string.
   * @throws RangeError when the owner's name is empty or `attr` is not an identifier.
   * @throws ReferenceError `asyncutils.constants.SentinelBase name collision: <name>` when another sentinel
   *   of the class already has the target name; `… cannot bind named <Type> to '<owner>' …` when this
   *   sentinel already has another name.
   *
   * @example
   * ```ts
   * import { SentinelBase } from '@asyncutils/constants';
   *
   * class Marker extends SentinelBase {}
   * class Cache {
   *   static readonly EXPIRED = new Marker().bindTo(Cache, 'EXPIRED');
   * }
   * Cache.EXPIRED.name; // 'Cache.EXPIRED'
   * new Marker('Cache.EXPIRED') === Cache.EXPIRED; // true
   * ```
   */
  bindTo(owner: string | { readonly name: string }, attr: string): this {
    const state = stateOf(this, 'bindTo');
    const ownerName = ownerNameOf(owner);
    if (typeof attr !== 'string') {
      throw new TypeError(`asyncutils.constants.SentinelBase.bindTo: attr must be a string, got ${describeValue(attr)}`);
    }
    if (!isIdentifier(attr)) {
      throw new RangeError(`asyncutils.constants.SentinelBase.bindTo: attr must be an identifier, got ${describeValue(attr)}`);
    }
    const target = `${ownerName}.${attr}`;
    const cached = state.cache.get(target);
    if (state.name === undefined) {
      if (cached !== undefined) throw new ReferenceError(`asyncutils.constants.SentinelBase name collision: ${target}`);
      state.cache.set(target, this);
      state.name = target;
      Object.freeze(this);
      return this;
    }
    if (state.name === target && cached === this) return this;
    throw new ReferenceError(
      `asyncutils.constants.SentinelBase.bindTo: cannot bind named ${typeNameOf(this)} to '${ownerName}' (it is '${state.name}', not '${target}')`,
    );
  }

  /**
   * The name, with ` <private>` appended for a private sentinel; `'<unbound>'` while unbound.
   *
   * @returns `'my-lib.AUTO'`, `'_hidden <private>'` or `'<unbound>'`.
   */
  toString(): string {
    const { name } = this;
    if (name === undefined) return '<unbound>';
    return this.isPrivate ? `${name} <private>` : name;
  }

  /**
   * The name (or `null` while unbound), so `JSON.stringify` writes sentinels as their names.
   *
   * @returns The full name or `null`.
   */
  toJSON(): string | null {
    return this.name ?? null;
  }
}
