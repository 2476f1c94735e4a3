// Contextual constants of the iterator conversions of `@asyncutils/base` (`aiterToGen`, `iterToAgen`) and `@asyncutils/compete`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * `aiterToGen` default `allowFutures`.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/base`. Python default: `True`.
 *
 * @default `true`
 *
 * @example
 * ```ts
 * import { AITER_TO_GEN_DEFAULT_ALLOW_FUTURES, localContext } from '@asyncutils/context';
 *
 * AITER_TO_GEN_DEFAULT_ALLOW_FUTURES.get(); // true, unless overridden
 * localContext({ AITER_TO_GEN_DEFAULT_ALLOW_FUTURES: false }, () => AITER_TO_GEN_DEFAULT_ALLOW_FUTURES.get()); // false
 * ```
 */
export const AITER_TO_GEN_DEFAULT_ALLOW_FUTURES: ContextConstant<'AITER_TO_GEN_DEFAULT_ALLOW_FUTURES'> = /* @__PURE__ */ defineConstant('AITER_TO_GEN_DEFAULT_ALLOW_FUTURES', true, 'boolean');

/**
 * `aiterToGen` default `strict`.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/base`. Python default: `False`.
 *
 * @default `false`
 *
 * @example
 * ```ts
 * import { AITER_TO_GEN_DEFAULT_STRICT, localContext } from '@asyncutils/context';
 *
 * AITER_TO_GEN_DEFAULT_STRICT.get(); // false, unless overridden
 * localContext({ AITER_TO_GEN_DEFAULT_STRICT: true }, () => AITER_TO_GEN_DEFAULT_STRICT.get()); // true
 * ```
 */
export const AITER_TO_GEN_DEFAULT_STRICT: ContextConstant<'AITER_TO_GEN_DEFAULT_STRICT'> = /* @__PURE__ */ defineConstant('AITER_TO_GEN_DEFAULT_STRICT', false, 'boolean');

/**
 * `iterToAgen` executor option (config compatibility).
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/base`, which documents that it does not act on it: it exists so that configuration files and code written for the Python library stay valid. Python default: `False`.
 *
 * @default `false`
 *
 * @example
 * ```ts
 * import { ITER_TO_AGEN_DEFAULT_MAY_CREATE_EXECUTOR, localContext } from '@asyncutils/context';
 *
 * ITER_TO_AGEN_DEFAULT_MAY_CREATE_EXECUTOR.get(); // false, unless overridden
 * localContext({ ITER_TO_AGEN_DEFAULT_MAY_CREATE_EXECUTOR: true }, () => ITER_TO_AGEN_DEFAULT_MAY_CREATE_EXECUTOR.get()); // true
 * ```
 */
export const ITER_TO_AGEN_DEFAULT_MAY_CREATE_EXECUTOR: ContextConstant<'ITER_TO_AGEN_DEFAULT_MAY_CREATE_EXECUTOR'> = /* @__PURE__ */ defineConstant('ITER_TO_AGEN_DEFAULT_MAY_CREATE_EXECUTOR', false, 'boolean');

/**
 * `iterToAgen` default `strict`.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/base`. Python default: `False`.
 *
 * @default `false`
 *
 * @example
 * ```ts
 * import { ITER_TO_AGEN_DEFAULT_STRICT, localContext } from '@asyncutils/context';
 *
 * ITER_TO_AGEN_DEFAULT_STRICT.get(); // false, unless overridden
 * localContext({ ITER_TO_AGEN_DEFAULT_STRICT: true }, () => ITER_TO_AGEN_DEFAULT_STRICT.get()); // true
 * ```
 */
export const ITER_TO_AGEN_DEFAULT_STRICT: ContextConstant<'ITER_TO_AGEN_DEFAULT_STRICT'> = /* @__PURE__ */ defineConstant('ITER_TO_AGEN_DEFAULT_STRICT', false, 'boolean');

/**
 * `iterToAgen` executor option (config compatibility).
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/base`, which documents that it does not act on it: it exists so that configuration files and code written for the Python library stay valid. Python default: `False`.
 *
 * @default `false`
 *
 * @example
 * ```ts
 * import { ITER_TO_AGEN_DEFAULT_USE_EXISTING_EXECUTOR, localContext } from '@asyncutils/context';
 *
 * ITER_TO_AGEN_DEFAULT_USE_EXISTING_EXECUTOR.get(); // false, unless overridden
 * localContext({ ITER_TO_AGEN_DEFAULT_USE_EXISTING_EXECUTOR: true }, () => ITER_TO_AGEN_DEFAULT_USE_EXISTING_EXECUTOR.get()); // true
 * ```
 */
export const ITER_TO_AGEN_DEFAULT_USE_EXISTING_EXECUTOR: ContextConstant<'ITER_TO_AGEN_DEFAULT_USE_EXISTING_EXECUTOR'> = /* @__PURE__ */ defineConstant('ITER_TO_AGEN_DEFAULT_USE_EXISTING_EXECUTOR', false, 'boolean');

/**
 * Skip non-awaitables when converting.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/compete`. Python default: `True`.
 *
 * @default `true`
 *
 * @example
 * ```ts
 * import { CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID, localContext } from '@asyncutils/context';
 *
 * CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID.get(); // true, unless overridden
 * localContext({ CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID: false }, () => CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID.get()); // false
 * ```
 */
export const CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID: ContextConstant<'CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID'> = /* @__PURE__ */ defineConstant('CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID', true, 'boolean');
