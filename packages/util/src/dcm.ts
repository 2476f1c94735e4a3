// `dualcontextmanager` and `dcm`: one-yield generator functions → factories of `DualContextManager`s.
import { DUAL_CONTEXT_MANAGER_DEFAULT_STRICT } from '@asyncutils/context';
import { DualContextManager, type DualContextSource } from './DualContextManager.js';
import { checkBoolean, checkFunction, checkOptions, copyName, describe, QUAL } from './validate.js';

const API = 'dualcontextmanager';

/**
 * Options of {@link dualcontextmanager}.
 *
 * @example
 * ```ts
 * import { dualcontextmanager, type DualContextManagerOptions } from '@asyncutils/util';
 *
 * const opts: DualContextManagerOptions = { strict: true };
 * const syncOnly = dualcontextmanager(opts)(function* () { yield 1; });
 * ```
 */
export interface DualContextManagerOptions {
  /**
   * When `true`, a manager whose generator is synchronous can only be entered synchronously
   * (`enterAsync()` rejects with `TypeError`). Async generators are always async-only.
   * @default `DUAL_CONTEXT_MANAGER_DEFAULT_STRICT` (`false`), read each time the factory is called
   */
  readonly strict?: boolean;
}

/** A generator function accepted by {@link dualcontextmanager}. */
type GeneratorFunction<A extends unknown[], T> = (...args: A) => DualContextSource<T>;

/** Validates the options and returns the explicit `strict`, if any. */
function readStrict(opts: DualContextManagerOptions | undefined): boolean | undefined {
  checkOptions(API, opts);
  const strict = opts?.strict;
  checkBoolean(API, strict, 'strict');
  return strict;
}

/** Builds the factory for a validated generator function. */
function makeFactory<A extends unknown[], T>(genFn: GeneratorFunction<A, T>, strict: boolean | undefined): (...args: A) => DualContextManager<T> {
  checkFunction(API, genFn, 'generator function');
  const factory = function (this: unknown, ...args: A): DualContextManager<T> {
    const st = strict ?? DUAL_CONTEXT_MANAGER_DEFAULT_STRICT.get();
    const source: unknown = genFn.apply(this, args);
    const ok =
      (typeof source === 'object' || typeof source === 'function') &&
      source !== null &&
      (typeof (source as Partial<Iterable<T>>)[Symbol.iterator] === 'function' || typeof (source as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === 'function');
    if (!ok) throw new TypeError(`${QUAL}${API}: the generator function must return a generator (an iterable or async iterable), got ${describe(source)}`);
    return new DualContextManager<T>(source as DualContextSource<T>, st);
  };
  return copyName(factory, genFn);
}

/**
 * Turns a generator function that yields exactly once into a factory of {@link DualContextManager}s:
 * resources usable with `using`, `await using`, or a callback (`run`/`runAsync`). The port of Python's
 * `dualcontextmanager`, which serves both `with` and `async with`.
 *
 * @remarks
 * The code before the `yield` is the setup, the yielded item the managed value, the code after it (put it
 * in `finally` to run it on errors too) the teardown. The generator may be sync (`function*`: entered
 * either way unless `strict`) or async (`async function*`: entered asynchronously only). The generator
 * function is called, with the factory's `this` and arguments, when the factory is called; `strict` is
 * resolved then too.
 *
 * @param genFn - A (sync or async) generator function yielding once.
 * @param opts - `strict`; see {@link DualContextManagerOptions}.
 * @returns The factory: `(...args) => DualContextManager`, named like `genFn`. Each manager is one-shot.
 * @throws `TypeError` when `genFn` is not a function or an option has the wrong type; the factory throws
 * `TypeError` when `genFn` returns neither an iterable nor an async iterable.
 *
 * @example
 * ```ts
 * import { dualcontextmanager } from '@asyncutils/util';
 *
 * const tracked = dualcontextmanager(function* (log: string[]) {
 *   log.push('enter');
 *   try {
 *     yield log.length;
 *   } finally {
 *     log.push('exit');
 *   }
 * });
 * const log: string[] = [];
 * {
 *   using cm = tracked(log).enter();
 *   cm.value; // 1
 * }
 * await tracked(log).runAsync(async (n) => n); // 3
 * log; // ['enter', 'exit', 'enter', 'exit']
 * ```
 */
export function dualcontextmanager<A extends unknown[], T>(genFn: (...args: A) => DualContextSource<T>, opts?: DualContextManagerOptions): (...args: A) => DualContextManager<T>;
/**
 * The decorator form: returns a function that turns a generator function into a factory of
 * {@link DualContextManager}s with the given options.
 *
 * @param opts - `strict`; see {@link DualContextManagerOptions}.
 * @returns The decorator.
 * @throws `TypeError` when an option has the wrong type.
 *
 * @example
 * ```ts
 * import { dualcontextmanager } from '@asyncutils/util';
 *
 * const syncOnly = dualcontextmanager({ strict: true })(function* () {
 *   yield 'value';
 * });
 * syncOnly().run((v) => v); // 'value'
 * await syncOnly().enterAsync(); // rejects TypeError: strict
 * ```
 */
export function dualcontextmanager(opts?: DualContextManagerOptions): <A extends unknown[], T>(genFn: (...args: A) => DualContextSource<T>) => (...args: A) => DualContextManager<T>;
export function dualcontextmanager<A extends unknown[], T>(
  genFnOrOpts?: ((...args: A) => DualContextSource<T>) | DualContextManagerOptions,
  opts?: DualContextManagerOptions,
): ((...args: A) => DualContextManager<T>) | (<B extends unknown[], U>(genFn: (...args: B) => DualContextSource<U>) => (...args: B) => DualContextManager<U>) {
  if (typeof genFnOrOpts === 'function') return makeFactory(genFnOrOpts, readStrict(opts));
  const strict = readStrict(genFnOrOpts);
  return <B extends unknown[], U>(genFn: (...args: B) => DualContextSource<U>): ((...args: B) => DualContextManager<U>) => makeFactory(genFn, strict);
}

/**
 * Short for {@link dualcontextmanager}`(genFn)` with the default options.
 *
 * @param genFn - A (sync or async) generator function yielding once.
 * @returns The factory of {@link DualContextManager}s.
 * @throws `TypeError` when `genFn` is not a function.
 *
 * @example
 * ```ts
 * import { dcm } from '@asyncutils/util';
 *
 * const answer = dcm(function* () {
 *   yield 42;
 * });
 * answer().run((v) => v + 1); // 43
 * ```
 */
export function dcm<A extends unknown[], T>(genFn: (...args: A) => DualContextSource<T>): (...args: A) => DualContextManager<T> {
  return makeFactory(genFn, undefined);
}
