// Contextual constants of the password queues of `@asyncutils/queues`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Label of the get password.
 *
 * @remarks
 * Kind `'string'`: a string. Read by `@asyncutils/queues`. Python default: `'password'`.
 *
 * @default `'password'`
 *
 * @example
 * ```ts
 * import { PASSWORD_QUEUE_DEFAULT_GET_FROM, localContext } from '@asyncutils/context';
 *
 * PASSWORD_QUEUE_DEFAULT_GET_FROM.get(); // 'password', unless overridden
 * localContext({ PASSWORD_QUEUE_DEFAULT_GET_FROM: 'secret' }, () => PASSWORD_QUEUE_DEFAULT_GET_FROM.get()); // 'secret'
 * ```
 */
export const PASSWORD_QUEUE_DEFAULT_GET_FROM: ContextConstant<'PASSWORD_QUEUE_DEFAULT_GET_FROM'> = /* @__PURE__ */ defineConstant('PASSWORD_QUEUE_DEFAULT_GET_FROM', 'password', 'string');

/**
 * Label of the put password.
 *
 * @remarks
 * Kind `'string'`: a string. Read by `@asyncutils/queues`. Python default: `'password'`.
 *
 * @default `'password'`
 *
 * @example
 * ```ts
 * import { PASSWORD_QUEUE_DEFAULT_PUT_FROM, localContext } from '@asyncutils/context';
 *
 * PASSWORD_QUEUE_DEFAULT_PUT_FROM.get(); // 'password', unless overridden
 * localContext({ PASSWORD_QUEUE_DEFAULT_PUT_FROM: 'secret' }, () => PASSWORD_QUEUE_DEFAULT_PUT_FROM.get()); // 'secret'
 * ```
 */
export const PASSWORD_QUEUE_DEFAULT_PUT_FROM: ContextConstant<'PASSWORD_QUEUE_DEFAULT_PUT_FROM'> = /* @__PURE__ */ defineConstant('PASSWORD_QUEUE_DEFAULT_PUT_FROM', 'password', 'string');
