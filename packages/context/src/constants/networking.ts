// Contextual constants of the protocols and transports of `@asyncutils/networking`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Line buffer, bytes.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/networking`. Python default: `4096`.
 *
 * @default `4096`
 *
 * @example
 * ```ts
 * import { LINE_PROTOCOL_DEFAULT_BUFFER_SIZE, localContext } from '@asyncutils/context';
 *
 * LINE_PROTOCOL_DEFAULT_BUFFER_SIZE.get(); // 4096, unless overridden
 * localContext({ LINE_PROTOCOL_DEFAULT_BUFFER_SIZE: 4098 }, () => LINE_PROTOCOL_DEFAULT_BUFFER_SIZE.get()); // 4098
 * ```
 */
export const LINE_PROTOCOL_DEFAULT_BUFFER_SIZE: ContextConstant<'LINE_PROTOCOL_DEFAULT_BUFFER_SIZE'> = /* @__PURE__ */ defineConstant('LINE_PROTOCOL_DEFAULT_BUFFER_SIZE', 4096, 'integer');

/**
 * Low / high write-buffer water marks, bytes.
 *
 * @remarks
 * Kind `'int-pair'`: exactly 2 safe integers `>= 0`. Read by `@asyncutils/networking`. Python default: `(2048, 8192)`.
 *
 * @default `[2048, 8192]`
 *
 * @example
 * ```ts
 * import { SOCKET_TRANSPORT_LIMITS, localContext } from '@asyncutils/context';
 *
 * SOCKET_TRANSPORT_LIMITS.get(); // [2048, 8192], unless overridden
 * localContext({ SOCKET_TRANSPORT_LIMITS: [1024, 4096] }, () => SOCKET_TRANSPORT_LIMITS.get()); // [1024, 4096]
 * ```
 */
export const SOCKET_TRANSPORT_LIMITS: ContextConstant<'SOCKET_TRANSPORT_LIMITS'> = /* @__PURE__ */ defineConstant('SOCKET_TRANSPORT_LIMITS', [2048, 8192], 'int-pair');
