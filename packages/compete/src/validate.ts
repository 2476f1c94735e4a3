// Internal: argument checks shared by the functions of the package. Every message starts with the qualified
// API (`asyncutils.compete.<python_name>`) and shows the bad value.

/**
 * Shows a bad argument in an error message: a string in single quotes, an object or function by its kind
 * (`<object>`, `<function>`), any other primitive with `String`. Never throws.
 *
 * @param value - Any value.
 * @returns The description.
 *
 * @example
 * ```ts
 * show('x'); // "'x'"
 * show({}); // '<object>'
 * show(-1); // '-1'
 * ```
 */
export function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : Object(value) === value ? `<${typeof value}>` : String(value);
}

/**
 * Throws the error of a bad argument: `<api>: <what>, got <value shown>`.
 *
 * @param api - The qualified API, starting the message.
 * @param what - What was expected (`timeout must be a number`).
 * @param value - The bad value.
 * @param Err - The error class.
 * @throws `Err` (TypeError by default), always.
 *
 * @example
 * ```ts
 * fail('asyncutils.compete.first_completed', 'retExc must be a boolean', 1); // throws TypeError
 * ```
 */
export function fail(api: string, what: string, value: unknown, Err: new (message: string) => Error = TypeError): never {
  throw new Err(`${api}: ${what}, got ${show(value)}`);
}

/**
 * Whether `v` is a thenable: an object or function with a callable `then` (reading `then` may throw).
 *
 * @param v - Any value.
 * @returns `true` for a thenable.
 *
 * @example
 * ```ts
 * isThenable(Promise.resolve(1)); // true
 * isThenable({ then: 1 }); // false
 * ```
 */
export function isThenable(v: unknown): v is PromiseLike<unknown> {
  return Object(v) === v && typeof (v as { then?: unknown }).then === 'function';
}

/**
 * Checks an options argument: `undefined` gives an empty object; anything but an object is refused.
 *
 * @param api - The qualified API.
 * @param opts - The options argument.
 * @returns The options object.
 * @throws TypeError when `opts` is neither `undefined` nor an object.
 *
 * @example
 * ```ts
 * const o = checkOptions('asyncutils.compete.first_completed', undefined); // {}
 * ```
 */
export function checkOptions<O extends object>(api: string, opts: O | undefined): Partial<O> {
  if (opts === undefined) return {};
  if (typeof opts !== 'object' || opts === null) fail(api, 'options must be an object', opts);
  return opts;
}

/**
 * Checks a timeout in milliseconds: `undefined`, `null` and `Infinity` mean none; `NaN` and negative numbers are
 * refused.
 *
 * @param api - The qualified API.
 * @param value - The timeout.
 * @param name - The option's name in messages.
 * @returns The timeout, or `undefined` for none.
 * @throws TypeError when `value` is not a number (nor `undefined`/`null`); RangeError when it is `NaN` or negative.
 *
 * @example
 * ```ts
 * checkTimeout('asyncutils.compete.first_completed', 50); // 50
 * checkTimeout('asyncutils.compete.first_completed', Infinity); // undefined
 * ```
 */
export function checkTimeout(api: string, value: unknown, name = 'timeout'): number | undefined {
  if (value === undefined || value === null || value === Infinity) return undefined;
  if (typeof value !== 'number') fail(api, `${name} must be a number of ms, null or undefined`, value);
  if (!(value >= 0)) fail(api, `${name} must be a number of ms >= 0`, value, RangeError);
  return value;
}

/**
 * Checks an optional `AbortSignal`.
 *
 * @param api - The qualified API.
 * @param value - The signal or `undefined`.
 * @returns The signal, or `undefined`.
 * @throws TypeError when `value` is neither `undefined` nor an `AbortSignal`-like object.
 *
 * @example
 * ```ts
 * checkSignal('asyncutils.compete.first_completed', new AbortController().signal);
 * ```
 */
export function checkSignal(api: string, value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined;
  if (typeof (value as AbortSignal | null)?.aborted !== 'boolean' || typeof (value as AbortSignal).addEventListener !== 'function') {
    fail(api, 'signal must be an AbortSignal', value);
  }
  return value as AbortSignal;
}

/**
 * Checks an optional callback.
 *
 * @param api - The qualified API.
 * @param name - The option's name.
 * @param value - The callback or `undefined`.
 * @returns The callback, or `undefined`.
 * @throws TypeError when `value` is neither `undefined` nor a function.
 *
 * @example
 * ```ts
 * checkCallback('asyncutils.compete.race_with_callback', 'winner', console.log);
 * ```
 */
export function checkCallback<F>(api: string, name: string, value: F | undefined): F | undefined {
  if (value !== undefined && typeof value !== 'function') fail(api, `${name} must be a function`, value);
  return value;
}

/**
 * Checks an optional boolean flag.
 *
 * @param api - The qualified API.
 * @param name - The option's name.
 * @param value - The flag or `undefined`.
 * @param fallback - What `undefined` gives.
 * @returns The flag.
 * @throws TypeError when `value` is neither `undefined` nor a boolean.
 *
 * @example
 * ```ts
 * checkFlag('asyncutils.compete.first_completed', 'retExc', undefined, false); // false
 * ```
 */
export function checkFlag(api: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail(api, `${name} must be a boolean`, value);
  return value;
}

/**
 * Whether `v` can be iterated synchronously (a string, or an object with a callable `Symbol.iterator`).
 *
 * @param v - Any value.
 * @returns `true` for a sync iterable.
 *
 * @example
 * ```ts
 * isIterable('ab'); // true
 * isIterable(5); // false
 * ```
 */
export function isIterable(v: unknown): v is Iterable<unknown> {
  return typeof v === 'string' || (Object(v) === v && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function');
}

/**
 * Whether `v` is an async iterable (an object with a callable `Symbol.asyncIterator`).
 *
 * @param v - Any value.
 * @returns `true` for an async iterable.
 *
 * @example
 * ```ts
 * isAsyncIterable((async function* () {})()); // true
 * ```
 */
export function isAsyncIterable(v: unknown): v is AsyncIterable<unknown> {
  return Object(v) === v && typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}
