// The realm-wide context state: the root frame, the default-override layer and the scope mechanism, shared
// by every copy of this package (ESM and CJS builds, several installed versions) through a `Symbol.for`
// key on `globalThis`. This module only finds an existing state (reading a constant needs no more: without
// a state there is no scope and no override); createState.ts creates one on the first write or scope. It
// knows no constant names, so a handle's bundle stays small.
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

/** The key of the shared state on `globalThis`. */
export const stateKey: unique symbol = Symbol.for('@asyncutils/context');

/** The object this copy resolved (or created, see createState.ts); every later call reuses it. */
let cached: ContextState | undefined;

/** Records the state this copy uses from now on (called once, by createState.ts). */
export function useState(state: ContextState): ContextState {
  return (cached = state);
}

/**
 * The shared context state if one exists (this copy's, or another copy's on `globalThis`), else `undefined`:
 * nothing is created.
 *
 * @throws TypeError `asyncutils.context: incompatible context state on globalThis` when `globalThis` holds
 * something other than a compatible state under the key.
 */
export function existingState(): ContextState | undefined {
  if (cached !== undefined) return cached;
  const existing: unknown = (globalThis as Record<symbol, unknown>)[stateKey];
  if (existing === undefined) return undefined;
  if (isCompatibleState(existing)) return (cached = existing);
  throw new TypeError('asyncutils.context: incompatible context state on globalThis');
}

/** Whether `value` is a version 1 or later state: an integer `version >= 1`, a `root` object and the functions. */
function isCompatibleState(value: unknown): value is ContextState {
  try {
    const candidate = value as Record<string, unknown>;
    const version = candidate['version'];
    return (
      Number.isInteger(version) &&
      (version as number) >= 1 &&
      typeof candidate['root'] === 'object' &&
      candidate['root'] !== null &&
      'frame run overrides setOverrides scopeKind setScopeProvider'.split(' ').every((name) => typeof candidate[name] === 'function')
    );
  } catch {
    // A hostile getter or Proxy trap (or a primitive): certainly not a state this copy can use.
    return false;
  }
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
