// `lockedLock`: a new lock, already acquired (Python's `locked_lock`).
import { Lock } from '@asyncutils/locks';
import { checkFunction, checkOptions, describe, QUAL } from './validate.js';

/**
 * Creates a lock and acquires it before returning it.
 *
 * @remarks
 * `l = new lockClass(); await l.acquire(); return l`. Handy to start a resource in the "busy" state and
 * release it once it is ready.
 *
 * @param opts - `lockClass`: the class to instantiate (no arguments).
 * @defaultValue `lockClass`: `Lock` of `@asyncutils/locks`
 * @returns A promise of the held lock.
 * @throws `TypeError` when `lockClass` is not a constructor or its instances have no `acquire` method;
 * whatever `acquire` rejects with.
 *
 * @example
 * ```ts
 * import { lockedLock } from '@asyncutils/util';
 *
 * const ready = await lockedLock();
 * ready.locked(); // true
 * setTimeout(() => ready.release(), 100); // waiters of `ready` start in 100 ms
 * ```
 */
export function lockedLock(opts?: { readonly lockClass?: undefined }): Promise<Lock>;
/**
 * Creates an instance of `opts.lockClass` and acquires it before returning it.
 *
 * @param opts - `lockClass`: the class to instantiate (no arguments).
 * @returns A promise of the held lock.
 * @throws `TypeError` when `lockClass` is not a constructor or its instances have no `acquire` method.
 *
 * @example
 * ```ts
 * import { RLock } from '@asyncutils/locks';
 * import { lockedLock } from '@asyncutils/util';
 *
 * const held: RLock = await lockedLock({ lockClass: RLock });
 * ```
 */
export function lockedLock<L extends { acquire(): unknown }>(opts: { readonly lockClass: new () => L }): Promise<L>;
export async function lockedLock(opts?: { readonly lockClass?: new () => { acquire(): unknown } }): Promise<unknown> {
  checkOptions('locked_lock', opts);
  const cls: unknown = opts?.lockClass ?? Lock;
  checkFunction('locked_lock', cls, 'lockClass');
  const lock = new (cls as unknown as new () => { acquire?: unknown })();
  if (typeof lock.acquire !== 'function') {
    throw new TypeError(`${QUAL}locked_lock: lockClass instances need an acquire method, got ${describe(lock)}`);
  }
  await (lock.acquire as () => unknown).call(lock);
  return lock;
}
