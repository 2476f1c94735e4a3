// `RAISE`: the sentinel asking an API to throw instead of returning a default.
import type { SentinelBase } from './SentinelBase.js';
import { sharedSentinel } from './sharedSentinels.js';

/**
 * The type of {@link RAISE}: a {@link SentinelBase} whose name members are fixed literals, so it is
 * distinct from {@link NoCoalesceSentinel} (an option typed `T | RaiseSentinel` rejects `NO_COALESCE`).
 *
 * @example
 * ```ts
 * import { RAISE, type RaiseSentinel } from '@asyncutils/constants';
 *
 * function first<T, D>(items: readonly T[], fallback: D | RaiseSentinel): T | D {
 *   if (items.length > 0) return items[0] as T;
 *   if (fallback === RAISE) throw new RangeError('first: no items');
 *   return fallback as D;
 * }
 * ```
 */
export type RaiseSentinel = SentinelBase & {
  readonly name: 'asyncutils.constants.RAISE';
  readonly module: 'asyncutils.constants';
  readonly boundTo: 'asyncutils.constants';
  readonly back: 'RAISE';
  readonly isPrivate: false;
  toJSON(): 'asyncutils.constants.RAISE';
};

/**
 * Pass as a default to request that an API throw instead of returning the default; accepted only where
 * an API documents it.
 *
 * @remarks
 * A frozen sentinel named `'asyncutils.constants.RAISE'` (`String(RAISE)`, `RAISE.toJSON()`), with
 * `module` and `boundTo` `'asyncutils.constants'`, `back` `'RAISE'`, `isPrivate` `false`. Compare it by
 * identity (`value === RAISE`).
 *
 * There is one `RAISE` per JavaScript realm: the first copy of this package to load (ESM or CJS build,
 * any installed version) stores it on `globalThis` under `Symbol.for('@asyncutils/constants')`, and every
 * later copy reuses it, so a library built against one copy accepts the `RAISE` of another. Cloning
 * (`structuredClone`, `postMessage`) makes a plain copy that is not `RAISE`.
 *
 * @throws TypeError at load, `asyncutils.constants: incompatible sentinel record on globalThis …`, when
 *   something else occupies that `globalThis` key.
 *
 * @example
 * ```ts
 * import { RAISE } from '@asyncutils/constants';
 *
 * function lookup<D>(map: Map<string, number>, key: string, fallback: D | typeof RAISE): number | D {
 *   const value = map.get(key);
 *   if (value !== undefined) return value;
 *   if (fallback === RAISE) throw new RangeError(`lookup: no key ${JSON.stringify(key)}`);
 *   return fallback as D;
 * }
 *
 * lookup(new Map(), 'a', 0); // 0
 * lookup(new Map(), 'a', RAISE); // throws RangeError
 * ```
 */
export const RAISE: RaiseSentinel = /*#__PURE__*/ sharedSentinel('RAISE');
