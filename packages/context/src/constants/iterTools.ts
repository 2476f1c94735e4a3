// Contextual constants of the async-iterator tools of `@asyncutils/iters` (`afreivalds`, `aunzip`, `merge`, `tee`).
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Rounds of Freivalds' check.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/iters`. Python default: `2`.
 *
 * @default `2`
 *
 * @example
 * ```ts
 * import { AFREIVALDS_DEFAULT_K, localContext } from '@asyncutils/context';
 *
 * AFREIVALDS_DEFAULT_K.get(); // 2, unless overridden
 * localContext({ AFREIVALDS_DEFAULT_K: 4 }, () => AFREIVALDS_DEFAULT_K.get()); // 4
 * ```
 */
export const AFREIVALDS_DEFAULT_K: ContextConstant<'AFREIVALDS_DEFAULT_K'> = /* @__PURE__ */ defineConstant('AFREIVALDS_DEFAULT_K', 2, 'integer');

/**
 * Per-output buffer of `aunzip`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/iters`. Python default: `64`.
 *
 * @default `64`
 *
 * @example
 * ```ts
 * import { AUNZIP_DEFAULT_MAX_QSIZE, localContext } from '@asyncutils/context';
 *
 * AUNZIP_DEFAULT_MAX_QSIZE.get(); // 64, unless overridden
 * localContext({ AUNZIP_DEFAULT_MAX_QSIZE: 66 }, () => AUNZIP_DEFAULT_MAX_QSIZE.get()); // 66
 * ```
 */
export const AUNZIP_DEFAULT_MAX_QSIZE: ContextConstant<'AUNZIP_DEFAULT_MAX_QSIZE'> = /* @__PURE__ */ defineConstant('AUNZIP_DEFAULT_MAX_QSIZE', 64, 'integer');

/**
 * Items moved per batch by `aunzip`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/iters`. Python default: `16`.
 *
 * @default `16`
 *
 * @example
 * ```ts
 * import { AUNZIP_DEFAULT_PUT_BATCH, localContext } from '@asyncutils/context';
 *
 * AUNZIP_DEFAULT_PUT_BATCH.get(); // 16, unless overridden
 * localContext({ AUNZIP_DEFAULT_PUT_BATCH: 18 }, () => AUNZIP_DEFAULT_PUT_BATCH.get()); // 18
 * ```
 */
export const AUNZIP_DEFAULT_PUT_BATCH: ContextConstant<'AUNZIP_DEFAULT_PUT_BATCH'> = /* @__PURE__ */ defineConstant('AUNZIP_DEFAULT_PUT_BATCH', 16, 'integer');

/**
 * `aunzip` stops all outputs on the first error.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/iters`. Python default: `True`.
 *
 * @default `true`
 *
 * @example
 * ```ts
 * import { AUNZIP_DEFAULT_FAIL_FAST, localContext } from '@asyncutils/context';
 *
 * AUNZIP_DEFAULT_FAIL_FAST.get(); // true, unless overridden
 * localContext({ AUNZIP_DEFAULT_FAIL_FAST: false }, () => AUNZIP_DEFAULT_FAIL_FAST.get()); // false
 * ```
 */
export const AUNZIP_DEFAULT_FAIL_FAST: ContextConstant<'AUNZIP_DEFAULT_FAIL_FAST'> = /* @__PURE__ */ defineConstant('AUNZIP_DEFAULT_FAIL_FAST', true, 'boolean');

/**
 * Buffer of `merge` (0: unbounded).
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/iters`. Python default: `0`.
 *
 * @default `0`
 *
 * @example
 * ```ts
 * import { MERGE_DEFAULT_MAX_QSIZE, localContext } from '@asyncutils/context';
 *
 * MERGE_DEFAULT_MAX_QSIZE.get(); // 0, unless overridden
 * localContext({ MERGE_DEFAULT_MAX_QSIZE: 2 }, () => MERGE_DEFAULT_MAX_QSIZE.get()); // 2
 * ```
 */
export const MERGE_DEFAULT_MAX_QSIZE: ContextConstant<'MERGE_DEFAULT_MAX_QSIZE'> = /* @__PURE__ */ defineConstant('MERGE_DEFAULT_MAX_QSIZE', 0, 'integer');

/**
 * Per-output buffer of `tee`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/iters`. Python default: `64`.
 *
 * @default `64`
 *
 * @example
 * ```ts
 * import { TEE_DEFAULT_MAX_QSIZE, localContext } from '@asyncutils/context';
 *
 * TEE_DEFAULT_MAX_QSIZE.get(); // 64, unless overridden
 * localContext({ TEE_DEFAULT_MAX_QSIZE: 66 }, () => TEE_DEFAULT_MAX_QSIZE.get()); // 66
 * ```
 */
export const TEE_DEFAULT_MAX_QSIZE: ContextConstant<'TEE_DEFAULT_MAX_QSIZE'> = /* @__PURE__ */ defineConstant('TEE_DEFAULT_MAX_QSIZE', 64, 'integer');

/**
 * Items moved per batch by `tee`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/iters`. Python default: `16`.
 *
 * @default `16`
 *
 * @example
 * ```ts
 * import { TEE_DEFAULT_PUT_BATCH, localContext } from '@asyncutils/context';
 *
 * TEE_DEFAULT_PUT_BATCH.get(); // 16, unless overridden
 * localContext({ TEE_DEFAULT_PUT_BATCH: 18 }, () => TEE_DEFAULT_PUT_BATCH.get()); // 18
 * ```
 */
export const TEE_DEFAULT_PUT_BATCH: ContextConstant<'TEE_DEFAULT_PUT_BATCH'> = /* @__PURE__ */ defineConstant('TEE_DEFAULT_PUT_BATCH', 16, 'integer');

/**
 * `tee` stops all outputs on the first error.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/iters`. Python default: `True`.
 *
 * @default `true`
 *
 * @example
 * ```ts
 * import { TEE_DEFAULT_FAIL_FAST, localContext } from '@asyncutils/context';
 *
 * TEE_DEFAULT_FAIL_FAST.get(); // true, unless overridden
 * localContext({ TEE_DEFAULT_FAIL_FAST: false }, () => TEE_DEFAULT_FAIL_FAST.get()); // false
 * ```
 */
export const TEE_DEFAULT_FAIL_FAST: ContextConstant<'TEE_DEFAULT_FAIL_FAST'> = /* @__PURE__ */ defineConstant('TEE_DEFAULT_FAIL_FAST', true, 'boolean');
