// Contextual constants of the `makeTaskFactory` helper of `@asyncutils/util`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Default `eager` of `makeTaskFactory`.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/util`. Python default: `False`.
 *
 * @default `false`
 *
 * @example
 * ```ts
 * import { MAKE_TASK_FACTORY_DEFAULT_EAGER, localContext } from '@asyncutils/context';
 *
 * MAKE_TASK_FACTORY_DEFAULT_EAGER.get(); // false, unless overridden
 * localContext({ MAKE_TASK_FACTORY_DEFAULT_EAGER: true }, () => MAKE_TASK_FACTORY_DEFAULT_EAGER.get()); // true
 * ```
 */
export const MAKE_TASK_FACTORY_DEFAULT_EAGER: ContextConstant<'MAKE_TASK_FACTORY_DEFAULT_EAGER'> = /* @__PURE__ */ defineConstant('MAKE_TASK_FACTORY_DEFAULT_EAGER', false, 'boolean');
