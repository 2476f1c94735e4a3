// Contextual constants of the `MemoryMappedIOManager` of `@asyncutils/io`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Hash algorithm name (hashlib spelling; `io` maps it to Node's).
 *
 * @remarks
 * Kind `'string'`: a string. Read by `@asyncutils/io`. Python default: `'blake2b'` on 64-bit builds, `'blake2s'` otherwise.
 *
 * @default `'blake2b'`
 *
 * @example
 * ```ts
 * import { MEMORY_MAPPED_IO_MANAGER_DEFAULT_CHECKSUM_ALG, localContext } from '@asyncutils/context';
 *
 * MEMORY_MAPPED_IO_MANAGER_DEFAULT_CHECKSUM_ALG.get(); // 'blake2b', unless overridden
 * localContext({ MEMORY_MAPPED_IO_MANAGER_DEFAULT_CHECKSUM_ALG: 'sha256' }, () => MEMORY_MAPPED_IO_MANAGER_DEFAULT_CHECKSUM_ALG.get()); // 'sha256'
 * ```
 */
export const MEMORY_MAPPED_IO_MANAGER_DEFAULT_CHECKSUM_ALG: ContextConstant<'MEMORY_MAPPED_IO_MANAGER_DEFAULT_CHECKSUM_ALG'> = /* @__PURE__ */ defineConstant('MEMORY_MAPPED_IO_MANAGER_DEFAULT_CHECKSUM_ALG', 'blake2b', 'string');

/**
 * Default `minimizeWrites`.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/io`. Python default: `True`.
 *
 * @default `true`
 *
 * @example
 * ```ts
 * import { MEMORY_MAPPED_IO_MANAGER_DEFAULT_MINIMIZE_WRITES, localContext } from '@asyncutils/context';
 *
 * MEMORY_MAPPED_IO_MANAGER_DEFAULT_MINIMIZE_WRITES.get(); // true, unless overridden
 * localContext({ MEMORY_MAPPED_IO_MANAGER_DEFAULT_MINIMIZE_WRITES: false }, () => MEMORY_MAPPED_IO_MANAGER_DEFAULT_MINIMIZE_WRITES.get()); // false
 * ```
 */
export const MEMORY_MAPPED_IO_MANAGER_DEFAULT_MINIMIZE_WRITES: ContextConstant<'MEMORY_MAPPED_IO_MANAGER_DEFAULT_MINIMIZE_WRITES'> = /* @__PURE__ */ defineConstant('MEMORY_MAPPED_IO_MANAGER_DEFAULT_MINIMIZE_WRITES', true, 'boolean');
