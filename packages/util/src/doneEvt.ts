// `doneEvt`: a new event, already set (Python's `done_evt`).
import { AsyncEvent } from '@asyncutils/locks';
import { checkFunction, checkOptions, describe, QUAL } from './validate.js';

/**
 * Creates an `AsyncEvent` (asyncio's `Event`) that is already set: waiting on it returns at once.
 *
 * @param opts - No `eventClass`: the default class is used.
 * @returns A new, set `AsyncEvent`.
 *
 * @example
 * ```ts
 * import { doneEvt } from '@asyncutils/util';
 *
 * const evt = doneEvt();
 * evt.isSet(); // true
 * await evt.wait(); // returns at once
 * ```
 */
export function doneEvt(opts?: { readonly eventClass?: undefined }): AsyncEvent;
/**
 * Creates an instance of `opts.eventClass` and calls its `set()` before returning it.
 *
 * @remarks
 * `e = new eventClass(); e.set(); return e` — for any class with a no-argument constructor and a `set`
 * method.
 *
 * @param opts - `eventClass`: the class to instantiate.
 * @defaultValue `eventClass`: `AsyncEvent` of `@asyncutils/locks`
 * @returns The new, set event.
 * @throws `TypeError` when `eventClass` is not a constructor or its instances have no `set` method.
 *
 * @example
 * ```ts
 * import { AsyncEvent } from '@asyncutils/locks';
 * import { doneEvt } from '@asyncutils/util';
 *
 * class Flag extends AsyncEvent {}
 * const flag: Flag = doneEvt({ eventClass: Flag });
 * flag.isSet(); // true
 * ```
 */
export function doneEvt<E extends { set(): unknown }>(opts: { readonly eventClass: new () => E }): E;
export function doneEvt(opts?: { readonly eventClass?: new () => { set(): unknown } }): unknown {
  checkOptions('done_evt', opts);
  const cls: unknown = opts?.eventClass ?? AsyncEvent;
  checkFunction('done_evt', cls, 'eventClass');
  const evt = new (cls as unknown as new () => { set?: unknown })();
  if (typeof evt.set !== 'function') throw new TypeError(`${QUAL}done_evt: eventClass instances need a set method, got ${describe(evt)}`);
  (evt.set as () => unknown).call(evt);
  return evt;
}
