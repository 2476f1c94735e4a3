// The ready-made `IgnoreErrors` of upstream's queues module: suppress the queue errors around a callback.
import { IgnoreErrors, QueueEmpty, QueueFull, QueueShutDown } from '@asyncutils/exceptions';

/**
 * Suppresses `QueueShutDown` (Python `ignore_qshutdown`).
 *
 * @example
 * ```ts
 * import { ignoreQshutdown, SmartQueue } from '@asyncutils/queues';
 *
 * const q = new SmartQueue<number>();
 * q.shutdown();
 * await ignoreQshutdown.run(() => q.put(1)); // undefined instead of a rejection
 * ```
 */
export const ignoreQshutdown: IgnoreErrors = /* @__PURE__ */ new IgnoreErrors(QueueShutDown);

/**
 * Suppresses `QueueShutDown` and `QueueEmpty` (Python `ignore_qempty`).
 *
 * @example
 * ```ts
 * import { ignoreQempty, SmartQueue } from '@asyncutils/queues';
 *
 * ignoreQempty.run(() => new SmartQueue<number>().getNowait()); // undefined
 * ```
 */
export const ignoreQempty: IgnoreErrors = /* @__PURE__ */ new IgnoreErrors([QueueShutDown, QueueEmpty]);

/**
 * Suppresses `QueueShutDown` and `QueueFull` (Python `ignore_qfull`).
 *
 * @example
 * ```ts
 * import { ignoreQfull, SmartQueue } from '@asyncutils/queues';
 *
 * const q = new SmartQueue<number>(1);
 * q.putNowait(1);
 * ignoreQfull.run(() => q.putNowait(2)); // undefined: the item is dropped
 * ```
 */
export const ignoreQfull: IgnoreErrors = /* @__PURE__ */ new IgnoreErrors([QueueShutDown, QueueFull]);

/**
 * Suppresses `QueueShutDown`, `QueueEmpty` and `QueueFull` (Python `ignore_qerrs`).
 *
 * @example
 * ```ts
 * import { ignoreQerrs, SmartQueue } from '@asyncutils/queues';
 *
 * const q = new SmartQueue<number>(1);
 * ignoreQerrs.run(() => q.getNowait()); // undefined
 * ```
 */
export const ignoreQerrs: IgnoreErrors = /* @__PURE__ */ new IgnoreErrors([QueueShutDown, QueueEmpty, QueueFull]);
