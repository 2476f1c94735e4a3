// The handle factory: every contextual constant is one `defineConstant(…)` call in its family's module.
// A handle knows its own name, default and kind and reads the shared state; it has no reference to the
// name list, to other handles or to `Context`, so a bundle that imports one handle carries only that one.
import type { ContextConstantName, ContextValueKind, ContextValues } from './ContextValues.js';
import { contextBrand, existingState } from './state.js';

/**
 * The handle of one contextual constant: its name, factory default and kind, and `get()`, its value in the
 * current scope at the moment of the call.
 *
 * @remarks
 * `get()` returns, in order: the value set on the current context (by `localContext`, `LocalContext`,
 * `setcontext` or an assignment such as `getcontext().X = …`), else the default installed with
 * `setDefaultOverrides` (`@asyncutils/config` installs its file's values there), else `default`. Read it
 * when the value is needed (in a constructor or per call), never once at module load, so that scoped
 * overrides apply. Handles are frozen; array values are deep-frozen. `get` does not use `this`, so it can
 * be passed around on its own.
 *
 * @example
 * ```ts
 * import { RETRY_DEFAULT_TRIES, type ContextConstant } from '@asyncutils/context';
 *
 * const handle: ContextConstant<'RETRY_DEFAULT_TRIES'> = RETRY_DEFAULT_TRIES;
 * handle.name; // 'RETRY_DEFAULT_TRIES'
 * handle.kind; // 'integer'
 * handle.default; // 3
 * handle.get(); // 3, unless overridden
 * ```
 */
export interface ContextConstant<K extends ContextConstantName = ContextConstantName> {
  /** The constant's name. */
  readonly name: K;
  /** The factory default (durations in ms); deep-frozen. */
  readonly default: ContextValues[K];
  /** How values are validated; see {@link ContextValueKind}. */
  readonly kind: ContextValueKind;
  /** The effective value in the current scope, now. */
  get(): ContextValues[K];
}

/** Freezes `value` and, recursively, the arrays it holds. */
function deepFreeze<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * Makes the handle of one contextual constant. Internal: each family module calls it once per constant,
 * marked pure, so unused handles are dropped by bundlers.
 *
 * @param name - The constant's name.
 * @param defaultValue - The factory default, already in TS units (ms); frozen here.
 * @param kind - The value kind.
 * @returns The frozen handle.
 *
 * @example
 * ```ts
 * // in a family module, with a pure annotation so that unused handles are dropped:
 * export const RETRY_DEFAULT_TRIES: ContextConstant<'RETRY_DEFAULT_TRIES'> = defineConstant('RETRY_DEFAULT_TRIES', 3, 'integer');
 * ```
 */
export function defineConstant<K extends ContextConstantName>(name: K, defaultValue: ContextValues[K], kind: ContextValueKind): ContextConstant<K> {
  const frozenDefault = deepFreeze(defaultValue);
  return Object.freeze({
    name,
    default: frozenDefault,
    kind,
    get(): ContextValues[K] {
      // No state yet means no scope and no override anywhere in the realm: the default.
      const state = existingState();
      if (state === undefined) return frozenDefault;
      const explicit = state.frame().ctx?.[contextBrand];
      if (explicit !== undefined) {
        const value = explicit[name];
        if (value !== undefined) return value as ContextValues[K];
      }
      const installed = state.overrides()[name];
      return installed === undefined ? frozenDefault : (installed as ContextValues[K]);
    },
  });
}
