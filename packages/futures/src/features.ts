// Internal: the feature sets of the future classes. Every class is `Future` plus a set of features (task,
// timeAware, callbacks, eager, unique); `x instanceof C` asks whether x's features include all of C's, which
// single inheritance cannot express (an `EagerTimeAwareAsyncCallbacksTask` is also a `TimeAwareTask`).
import type { AuditEventName } from '@asyncutils/audit';

/** Runs work and settles from it. */
export const TASK = 1;
/** `createdAt`, `creationOrder`, `lt`. */
export const TIME_AWARE = 2;
/** Async, no-argument and no-argument async callbacks; raises `schedule_callbacks`. */
export const CALLBACKS = 4;
/** Async callbacks start synchronously at settlement (implies callbacks). */
export const EAGER = 8;
/** A function is registered at most once per kind (implies callbacks). */
export const UNIQUE = 16;

/** On each library class's prototype: the class's feature bits (a `Symbol.for` key, so copies of the package agree). */
const FEATURES: unique symbol = Symbol.for('@asyncutils/futures.features');
/** On each library class's prototype: the class's name (minifiers rename classes, never strings). */
const NAME: unique symbol = Symbol.for('@asyncutils/futures.name');

const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];

/**
 * The type of the classes' static `Symbol.hasInstance`: `x instanceof C` narrows `x` to an instance of `C`
 * (also for user subclasses, which inherit it).
 */
export type FutureHasInstance = <T>(this: abstract new (...args: never) => T, value: unknown) => value is T;

/** The feature bits of a future (0 for a plain `Future`, or for an object that is no future of this package). */
export function featuresOf(value: object): number {
  const bits = (value as { [FEATURES]?: unknown })[FEATURES];
  return typeof bits === 'number' ? bits : 0;
}

/** The name of the nearest library class of a future, for messages (`asyncutils.futures.<name>…`). */
export function nameOf(value: object): string {
  const name = (value as { [NAME]?: unknown })[NAME];
  return typeof name === 'string' ? name : 'Future';
}

/** The seed event a future with these features raises before scheduling its callbacks (callbacks feature only). */
export function scheduleEvent(features: number): AuditEventName & `asyncutils.futures.${string}/schedule_callbacks` {
  if (features & EAGER) {
    return features & TASK
      ? 'asyncutils.futures.EagerAsyncCallbacksTask/schedule_callbacks'
      : 'asyncutils.futures.EagerAsyncCallbacksFuture/schedule_callbacks';
  }
  return features & TASK ? 'asyncutils.futures.AsyncCallbacksTask/schedule_callbacks' : 'asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks';
}

/**
 * The feature-set `instanceof`. Called on a library class (its prototype owns the feature bits): whether `value`
 * is a future (of any copy of the package) whose features include all of the class's. Called on anything else
 * (a user subclass, which inherits this function): the ordinary prototype-chain check.
 */
function hasInstance(this: unknown, value: unknown): boolean {
  if (typeof this === 'function') {
    const proto: unknown = this.prototype;
    if (Object(proto) === proto && Object.hasOwn(proto as object, FEATURES) && Object(value) === value) {
      const need = featuresOf(proto as object);
      try {
        const bits = (value as { [FEATURES]?: unknown })[FEATURES];
        // A class's own prototype is not its instance; any other future with the bits is.
        if (typeof bits === 'number' && !Object.hasOwn(value as object, FEATURES)) return (bits & need) === need;
      } catch {
        // A hostile proxy: no future.
        return false;
      }
    }
  }
  return ordinaryHasInstance.call(this, value);
}

/**
 * Registers the library class `cls` and returns the function to install as its static `Symbol.hasInstance`
 * (called from the initializer of a static field with a pure annotation, which bundlers drop with an unused
 * class, unlike a `static {}` block): `cls.name = name`, and on `cls.prototype` the feature bits and the name.
 *
 * @param cls - The class being defined.
 * @param name - Its name, as a string literal.
 * @param features - Its complete feature set (the bits above).
 */
export function defineFutureClass(cls: abstract new (...args: never) => unknown, name: string, features: number): FutureHasInstance {
  Object.defineProperty(cls, 'name', { value: name });
  const proto = cls.prototype as object;
  Object.defineProperty(proto, FEATURES, { value: features });
  Object.defineProperty(proto, NAME, { value: name });
  return hasInstance as FutureHasInstance;
}
