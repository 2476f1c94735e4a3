// Contextual constants of the `dualcontextmanager` helper of `@asyncutils/util`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Config compatibility (no executors in `util`).
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/util`, which documents that it does not act on it: it exists so that configuration files and code written for the Python library stay valid. Python default: `False`.
 *
 * @default `false`
 *
 * @example
 * ```ts
 * import { DUAL_CONTEXT_MANAGER_DEFAULT_MAY_CREATE_EXECUTOR, localContext } from '@asyncutils/context';
 *
 * DUAL_CONTEXT_MANAGER_DEFAULT_MAY_CREATE_EXECUTOR.get(); // false, unless overridden
 * localContext({ DUAL_CONTEXT_MANAGER_DEFAULT_MAY_CREATE_EXECUTOR: true }, () => DUAL_CONTEXT_MANAGER_DEFAULT_MAY_CREATE_EXECUTOR.get()); // true
 * ```
 */
export const DUAL_CONTEXT_MANAGER_DEFAULT_MAY_CREATE_EXECUTOR: ContextConstant<'DUAL_CONTEXT_MANAGER_DEFAULT_MAY_CREATE_EXECUTOR'> = /* @__PURE__ */ defineConstant('DUAL_CONTEXT_MANAGER_DEFAULT_MAY_CREATE_EXECUTOR', false, 'boolean');

/**
 * Default `strict` of `dualcontextmanager`.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/util`. Python default: `False`.
 *
 * @default `false`
 *
 * @example
 * ```ts
 * import { DUAL_CONTEXT_MANAGER_DEFAULT_STRICT, localContext } from '@asyncutils/context';
 *
 * DUAL_CONTEXT_MANAGER_DEFAULT_STRICT.get(); // false, unless overridden
 * localContext({ DUAL_CONTEXT_MANAGER_DEFAULT_STRICT: true }, () => DUAL_CONTEXT_MANAGER_DEFAULT_STRICT.get()); // true
 * ```
 */
export const DUAL_CONTEXT_MANAGER_DEFAULT_STRICT: ContextConstant<'DUAL_CONTEXT_MANAGER_DEFAULT_STRICT'> = /* @__PURE__ */ defineConstant('DUAL_CONTEXT_MANAGER_DEFAULT_STRICT', false, 'boolean');

/**
 * Config compatibility (no executors in `util`).
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/util`, which documents that it does not act on it: it exists so that configuration files and code written for the Python library stay valid. Python default: `True`.
 *
 * @default `true`
 *
 * @example
 * ```ts
 * import { DUAL_CONTEXT_MANAGER_DEFAULT_USE_EXISTING_EXECUTOR, localContext } from '@asyncutils/context';
 *
 * DUAL_CONTEXT_MANAGER_DEFAULT_USE_EXISTING_EXECUTOR.get(); // true, unless overridden
 * localContext({ DUAL_CONTEXT_MANAGER_DEFAULT_USE_EXISTING_EXECUTOR: false }, () => DUAL_CONTEXT_MANAGER_DEFAULT_USE_EXISTING_EXECUTOR.get()); // false
 * ```
 */
export const DUAL_CONTEXT_MANAGER_DEFAULT_USE_EXISTING_EXECUTOR: ContextConstant<'DUAL_CONTEXT_MANAGER_DEFAULT_USE_EXISTING_EXECUTOR'> = /* @__PURE__ */ defineConstant('DUAL_CONTEXT_MANAGER_DEFAULT_USE_EXISTING_EXECUTOR', true, 'boolean');
