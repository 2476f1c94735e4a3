// `star`: call `f` with the items of an (async) iterable as arguments.
import { fail, func, named } from './validate.js';

const API = 'asyncutils.func.star';

/**
 * Turns `f(...args)` into a function of one (async) iterable of arguments (Python `star`, the async
 * `f(*args, **kwargs)`).
 *
 * @remarks
 * The iterable is read to the end first (an async one is awaited item by item); `extra`, when not
 * `undefined`, is passed as one more argument after the items: it stands in for Python's `**kwargs`, so
 * pass an options object there. `this` is forwarded.
 *
 * @param f - The function to call.
 * @returns An async function `(args = [], extra?) => f(...args, extra?)`, with `f`'s `name`, resolving
 * `f`'s awaited result.
 * @throws `TypeError` when `f` is not a function; the returned function rejects with `TypeError` when
 * `args` is not iterable.
 *
 * @example
 * ```ts
 * import { star } from '@asyncutils/func';
 *
 * const add = (a: number, b: number) => a + b;
 * await star(add)([1, 2]); // 3
 * async function* nums() { yield 4; yield 5; }
 * await star(add)(nums()); // 9
 * ```
 */
export function star<R>(f: (...a: never[]) => R): (args?: Iterable<unknown> | AsyncIterable<unknown>, extra?: unknown) => Promise<Awaited<R>> {
  func(API, 'f', f);
  return named(async function (this: unknown, args: Iterable<unknown> | AsyncIterable<unknown> = [], extra?: unknown): Promise<Awaited<R>> {
    let list: unknown[];
    if (Array.isArray(args)) list = [...(args as unknown[])];
    else if (typeof (args as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] == 'function') {
      list = [];
      for await (const x of args as AsyncIterable<unknown>) list.push(x);
    } else if (typeof (args as Iterable<unknown> | null)?.[Symbol.iterator] == 'function') list = [...(args as Iterable<unknown>)];
    else return fail(API, 'args must be an iterable or an async iterable', args);
    if (extra !== undefined) list.push(extra);
    return await (f as (...a: unknown[]) => R).apply(this, list);
  }, f.name);
}
