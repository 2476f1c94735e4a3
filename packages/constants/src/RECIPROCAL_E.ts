// `RECIPROCAL_E`: 1/e, the stopping threshold of the secretary-problem helpers in @asyncutils/iters.

/**
 * The reciprocal of Euler's number, `1 / Math.E` (≈ 0.3679).
 *
 * @remarks
 * The value is the double nearest to 1/e, so `RECIPROCAL_E === 1 / Math.E`,
 * `1 / RECIPROCAL_E === Math.E` and `Math.exp(-1) === RECIPROCAL_E` all hold exactly.
 * `@asyncutils/iters` uses it for the 1/e stopping rule of `aguessmin` and `aguessmax`: look at the first
 * `RECIPROCAL_E` share of the items, then take the first one that beats them all.
 *
 * @example
 * ```ts
 * import { RECIPROCAL_E } from '@asyncutils/constants';
 *
 * const candidates = 100;
 * const observeFirst = Math.round(candidates * RECIPROCAL_E); // 37
 * ```
 */
export const RECIPROCAL_E: number = 0.36787944117144233;
