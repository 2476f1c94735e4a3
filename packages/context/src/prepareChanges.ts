// `prepareChanges(api, changes)`: names checked and values validated, all before anything is applied.
import type { ContextConstant } from './defineConstant.js';
import { describeValue } from './describeValue.js';
import { contextBrand } from './state.js';
import { findConstant } from './table.js';
import { validateValue } from './validateValue.js';

/** One validated change: the handle of the constant and the value to store. */
export type PreparedChange = readonly [handle: ContextConstant, value: unknown];

/**
 * Resolves a constant name as the mapping-style APIs accept it: upper-cased first.
 *
 * @throws TypeError when `name` is not a string; RangeError
 * `<api>: unknown contextual constant '<name>'` for an unknown name.
 *
 * @example
 * ```ts
 * resolveConstant('asyncutils.context.Context.get', 'rwlock_default_prefer_writers').name;
 * // 'RWLOCK_DEFAULT_PREFER_WRITERS'
 * ```
 */
export function resolveConstant(api: string, name: unknown): ContextConstant {
  if (typeof name !== 'string') throw new TypeError(`${api}: a contextual constant name must be a string, got ${describeValue(name)}`);
  const handle = findConstant(name.toUpperCase());
  if (handle === undefined) throw new RangeError(`${api}: unknown contextual constant '${name}'`);
  return handle;
}

/**
 * Checks every entry of `changes` (own enumerable string keys, upper-cased) and validates its value, then
 * returns the list; throws on the first problem, so a caller that applies the list only afterwards
 * applies all changes or none.
 *
 * @param api - The qualified API name for messages.
 * @param changes - A plain object of constant names to values; `null`/`undefined` are accepted (no
 * changes) only when `optional`.
 * @param optional - Whether `null` and `undefined` mean "no changes".
 * @throws TypeError when `changes` is not a plain object (a `Context` included) or a value has the wrong
 * type; RangeError for an unknown name, two keys naming the same constant (`a` and `A`), or a value out of
 * range.
 *
 * @example
 * ```ts
 * prepareChanges('asyncutils.context.localContext', { retry_default_tries: 5 }, false);
 * // [[RETRY_DEFAULT_TRIES, 5]]
 * ```
 */
export function prepareChanges(api: string, changes: unknown, optional: boolean): readonly PreparedChange[] {
  if (optional && (changes === undefined || changes === null)) return [];
  if (
    typeof changes !== 'object' ||
    changes === null ||
    Array.isArray(changes) ||
    Object.prototype.toString.call(changes) !== '[object Object]' ||
    Object.hasOwn(changes, contextBrand)
  ) {
    throw new TypeError(`${api}: changes must be a plain object mapping contextual constant names to values, got ${describeValue(changes)}`);
  }
  const prepared: PreparedChange[] = [];
  const seen = new Map<string, string>();
  for (const key of Object.keys(changes)) {
    const handle = resolveConstant(api, key);
    const previous = seen.get(handle.name);
    if (previous !== undefined) throw new RangeError(`${api}: '${previous}' and '${key}' both name ${handle.name}`);
    seen.set(handle.name, key);
    prepared.push([handle, validateValue(api, handle.name, handle.kind, (changes as Record<string, unknown>)[key])]);
  }
  return prepared;
}
