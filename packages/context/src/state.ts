// The realm-wide context state: the root frame, the default-override layer and the scope mechanism, shared
// by every copy of this package (ESM and CJS builds, several installed versions) through a `Symbol.for`
// key on `globalThis`, created at first use. Internal: handles and the public functions are thin wrappers
// over the object resolved here. This module knows no constant names, so a handle's bundle stays small.
import type { ContextScopeKind } from './contextScopeKind.js';
import type { ContextScopeProvider } from './setContextScopeProvider.js';

/**
 * The brand of a `Context` made by any copy of the package: an own, non-enumerable, read-only property
 * holding the context's explicit values (a null-prototype record, name → validated value).
 */
export const contextBrand: unique symbol = Symbol.for('@asyncutils/context.Context');

/** The explicit values of one context: only the names set on it, each with a validated, frozen value. */
export type ContextValueRecord = Record<string, unknown>;

/** What the state needs of a context: its brand property. */
export interface BrandedContext {
  readonly [contextBrand]: ContextValueRecord;
}

/**
 * One frame: the current context of the realm (root) or of one `localContext` call. `ctx` is created
 * lazily for the root frame only (by `getcontext()`); a scope's frame has one from the start.
 */
export interface ContextFrame {
  ctx: BrandedContext | undefined;
}

/**
 * The object stored on `globalThis` under `Symbol.for('@asyncutils/context')`.
 *
 * Schema version 1 is frozen: every copy of the package, old or new, may call these functions with these
 * signatures and read `root`. An incompatible schema must use a new key.
 */
export interface ContextState {
  /** The schema version; `1` here. Copies accept any integer `>= 1`. */
  readonly version: number;
  /** The realm-wide frame, current wherever no scope is. */
  readonly root: ContextFrame;
  /** The frame current at this moment. */
  readonly frame: () => ContextFrame;
  /** Runs `fn` with `frame` current (through the scope mechanism, detected on first call). */
  readonly run: <R>(frame: ContextFrame, fn: () => R) => R;
  /** The installed default overrides: a frozen null-prototype record, name → validated value. */
  readonly overrides: () => Readonly<ContextValueRecord>;
  /** Replaces the override layer with `record` (validated and frozen by the caller). */
  readonly setOverrides: (record: Readonly<ContextValueRecord>) => void;
  /** The scope mechanism in use (detected on first call). */
  readonly scopeKind: () => ContextScopeKind;
  /**
   * Installs a provider (reported as `kind`), forces the synchronous fallback (`'sync'`) or re-runs
   * detection (`'auto'`). Throws `Error` when called inside a scope.
   */
  readonly setScopeProvider: (provider: ContextScopeProvider | 'auto' | 'sync', kind: 'custom' | 'async-local-storage') => void;
}

const stateKey = Symbol.for('@asyncutils/context');

/** The object this copy resolved on first use; every later call reuses it. */
let cached: ContextState | undefined;

/**
 * The shared context state, resolved (and created if absent) on the first call and cached afterwards.
 *
 * @throws TypeError `asyncutils.context: incompatible context state on globalThis` when `globalThis` holds
 * something other than a compatible state under the key.
 */
export function contextState(): ContextState {
  return cached ?? (cached = resolveContextState());
}

function resolveContextState(): ContextState {
  const existing: unknown = (globalThis as Record<symbol, unknown>)[stateKey];
  if (existing !== undefined) {
    if (isCompatibleState(existing)) return existing;
    throw new TypeError('asyncutils.context: incompatible context state on globalThis');
  }
  const state = createContextState();
  try {
    Object.defineProperty(globalThis, stateKey, { value: state, writable: false, enumerable: false, configurable: false });
  } catch {
    // A frozen (or otherwise locked) globalThis: this copy keeps its state to itself.
  }
  return state;
}

const stateFunctions = ['frame', 'run', 'overrides', 'setOverrides', 'scopeKind', 'setScopeProvider'] as const;

/** Whether `value` is a version 1 or later state: an integer `version >= 1`, a `root` object and the functions. */
function isCompatibleState(value: unknown): value is ContextState {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const candidate = value as Record<string, unknown>;
    const { version, root } = candidate;
    return (
      typeof version === 'number' &&
      Number.isInteger(version) &&
      version >= 1 &&
      typeof root === 'object' &&
      root !== null &&
      stateFunctions.every((name) => typeof candidate[name] === 'function')
    );
  } catch {
    // A hostile getter or Proxy trap: certainly not a state this copy can use.
    return false;
  }
}

/** The globals detection reads; all optional, none imported, so bundlers see no Node dependency. */
interface ScopeGlobals {
  AsyncContext?: { Variable?: unknown };
  AsyncLocalStorage?: unknown;
  process?: { getBuiltinModule?: (id: string) => unknown };
}

type StorageConstructor = new () => { run<R>(store: unknown, fn: () => R): R; getStore(): unknown };
type VariableConstructor = new () => { run<R>(value: unknown, fn: () => R): R; get(): unknown };

/** Finds the best scope mechanism of the runtime, by reading properties of `globalThis` only. */
function detectScopeProvider(): { provider: ContextScopeProvider | undefined; kind: ContextScopeKind } {
  const g = globalThis as ScopeGlobals;
  try {
    const Variable = g.AsyncContext?.Variable;
    if (typeof Variable === 'function') {
      const variable = new (Variable as VariableConstructor)();
      return {
        provider: { run: (frame, fn) => variable.run(frame, fn), get: () => variable.get() as object | undefined },
        kind: 'async-context',
      };
    }
  } catch {
    // A proposal implementation that does not behave as specified: try the next mechanism.
  }
  try {
    let Storage: unknown = g.AsyncLocalStorage;
    if (typeof Storage !== 'function') {
      const hooks = g.process?.getBuiltinModule?.('async_hooks') as { AsyncLocalStorage?: unknown } | undefined;
      Storage = hooks?.AsyncLocalStorage;
    }
    if (typeof Storage === 'function') {
      const storage = new (Storage as StorageConstructor)();
      return {
        provider: { run: (frame, fn) => storage.run(frame, fn), get: () => storage.getStore() as object | undefined },
        kind: 'async-local-storage',
      };
    }
  } catch {
    // No usable AsyncLocalStorage: the synchronous fallback below.
  }
  return { provider: undefined, kind: 'sync' };
}

/** Builds a fresh, frozen version 1 state whose functions close over the private scope machinery. */
function createContextState(): ContextState {
  const root: ContextFrame = { ctx: undefined };
  let overrideRecord: Readonly<ContextValueRecord> = Object.freeze(Object.create(null) as ContextValueRecord);
  // Until the first `run`, no scope exists, so `frame()` needs neither a provider nor detection.
  let detected = false;
  let provider: ContextScopeProvider | undefined;
  let kind: ContextScopeKind = 'sync';
  // The synchronous fallback: frames of the `run` calls on the call stack, innermost last.
  const stack: ContextFrame[] = [];

  function detect(): void {
    if (detected) return;
    ({ provider, kind } = detectScopeProvider());
    detected = true;
  }

  function frame(): ContextFrame {
    if (provider !== undefined) {
      const current = provider.get() as ContextFrame | undefined;
      return current ?? root;
    }
    return stack.length === 0 ? root : (stack[stack.length - 1] as ContextFrame);
  }

  function run<R>(next: ContextFrame, fn: () => R): R {
    detect();
    if (provider !== undefined) return provider.run(next, fn);
    stack.push(next);
    try {
      return fn();
    } finally {
      stack.pop();
    }
  }

  function overrides(): Readonly<ContextValueRecord> {
    return overrideRecord;
  }

  function setOverrides(record: Readonly<ContextValueRecord>): void {
    overrideRecord = record;
  }

  function scopeKind(): ContextScopeKind {
    detect();
    return kind;
  }

  function setScopeProvider(next: ContextScopeProvider | 'auto' | 'sync', reportAs: 'custom' | 'async-local-storage'): void {
    if (frame() !== root) throw new Error('asyncutils.context: cannot change the scope provider inside a scope');
    if (next === 'auto') {
      detected = false;
      detect();
    } else if (next === 'sync') {
      provider = undefined;
      kind = 'sync';
      detected = true;
    } else {
      provider = next;
      kind = reportAs;
      detected = true;
    }
  }

  return Object.freeze({ version: 1, root, frame, run, overrides, setOverrides, scopeKind, setScopeProvider });
}

/**
 * Whether `value` is a `Context` of any copy of the package: an object with its own brand property.
 * Never throws.
 */
export function isBrandedContext(value: unknown): value is BrandedContext {
  try {
    return typeof value === 'object' && value !== null && Object.hasOwn(value, contextBrand);
  } catch {
    // A throwing Proxy trap: not a context.
    return false;
  }
}
