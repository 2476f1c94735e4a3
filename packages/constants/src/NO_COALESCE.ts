// `NO_COALESCE`: the sentinel a merge function returns to tell `iters.coalesce` to keep two values apart.
import type { SentinelBase } from './SentinelBase.js';
import { sharedSentinel } from './sharedSentinels.js';

/**
 * The type of {@link NO_COALESCE}: a {@link SentinelBase} whose name members are fixed literals, so it
 * is distinct from {@link RaiseSentinel}.
 *
 * @example
 * ```ts
 * import { NO_COALESCE, type NoCoalesceSentinel } from '@asyncutils/constants';
 *
 * const merge = (a: number, b: number): number | NoCoalesceSentinel => (b - a === 1 ? b : NO_COALESCE);
 * ```
 */
export type NoCoalesceSentinel = SentinelBase & {
  readonly name: 'asyncutils.constants.NO_COALESCE';
  readonly module: 'asyncutils.constants';
  readonly boundTo: 'asyncutils.constants';
  readonly back: 'NO_COALESCE';
  readonly isPrivate: false;
  toJSON(): 'asyncutils.constants.NO_COALESCE';
};

/**
 * Returned by the combining function of `@asyncutils/iters`' `coalesce` to say "do not combine these two
 * adjacent values".
 *
 * @remarks
 * A frozen sentinel named `'asyncutils.constants.NO_COALESCE'` (`String(NO_COALESCE)`, `toJSON()`), with
 * `module` and `boundTo` `'asyncutils.constants'`, `back` `'NO_COALESCE'`, `isPrivate` `false`. Compare it
 * by identity. Like {@link RAISE}, it is shared by every copy of this package in a realm through
 * `globalThis[Symbol.for('@asyncutils/constants')]`.
 *
 * @throws TypeError at load when something incompatible occupies that `globalThis` key.
 *
 * @example
 * ```ts
 * import { NO_COALESCE } from '@asyncutils/constants';
 *
 * // Merge runs of equal strings; keep different ones apart.
 * const combine = (a: string, b: string): string | typeof NO_COALESCE => (a === b ? a : NO_COALESCE);
 * combine('x', 'x'); // 'x'
 * combine('x', 'y') === NO_COALESCE; // true
 * ```
 */
export const NO_COALESCE: NoCoalesceSentinel = /*#__PURE__*/ sharedSentinel('NO_COALESCE');
