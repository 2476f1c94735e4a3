// `coercedMethod`: the port of Python's `CoercedMethod` descriptor.
import { describe } from './options.js';

/**
 * Turns a function that takes its receiver as first argument into a method: the result calls
 * `fn(this, ...args)`.
 *
 * @remarks
 * The port of Python's `CoercedMethod` descriptor, which binds any callable (for example a lock's
 * `reader` wrapper) like a method. In JavaScript a method receives `this` at call time, so the result is
 * an ordinary function to put on a prototype. It checks its receiver: `undefined` / `null` (a detached
 * call) throws `TypeError` `asyncutils.rwlocks.CoercedMethod: incorrectly bound`; with `owner`, a receiver
 * that is not an instance of `owner` throws `TypeError`
 * `asyncutils.rwlocks.CoercedMethod: called on an incompatible receiver`. Its `name` is `fn.name`.
 *
 * @param fn - The function; it receives the receiver, then the call's arguments.
 * @param owner - Optional class the receiver must be an instance of.
 * @returns The method.
 * @throws TypeError when `fn` (or a given `owner`) is not a function.
 *
 * @example
 * ```ts
 * import { coercedMethod } from '@asyncutils/rwlocks';
 *
 * class Counter {
 *   declare add: (n: number) => number;
 *   value = 1;
 * }
 * Counter.prototype.add = coercedMethod((self: Counter, n: number) => (self.value += n), Counter);
 * new Counter().add(2); // 3
 * Counter.prototype.add.call(undefined, 1); // TypeError: … incorrectly bound
 * ```
 */
export function coercedMethod<S, A extends unknown[], R>(fn: (self: S, ...args: A) => R, owner?: abstract new (...args: never[]) => S): (this: S, ...args: A) => R {
  if (typeof fn !== 'function') throw new TypeError(`asyncutils.rwlocks.CoercedMethod: fn must be a function, got ${describe(fn)}`);
  if (owner !== undefined && typeof owner !== 'function') throw new TypeError(`asyncutils.rwlocks.CoercedMethod: owner must be a class, got ${describe(owner)}`);
  const method = function (this: S, ...args: A): R {
    if (this === undefined || this === null) throw new TypeError(`asyncutils.rwlocks.CoercedMethod: incorrectly bound (this is ${this})`);
    if (owner !== undefined && !(this instanceof owner)) throw new TypeError(`asyncutils.rwlocks.CoercedMethod: called on an incompatible receiver (got ${describe(this)})`);
    return fn(this, ...args);
  };
  Object.defineProperty(method, 'name', { value: fn.name, configurable: true });
  return method;
}
