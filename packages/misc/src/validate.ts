// Internal: argument checks and small helpers shared by the modules of @asyncutils/misc. Messages have the
// form `<api>: <what>, got <value>`; the api is the qualified Python name (`asyncutils.misc.StateMachine`).

/**
 * A value shown in a message: a number, boolean, `null` or `undefined` as itself, a string quoted, anything
 * else by its type.
 * @internal
 */
export const show = (v: unknown): string =>
  typeof v == 'string' ? JSON.stringify(v) : v == null || typeof v == 'number' || typeof v == 'boolean' ? String(v) : typeof v;

/**
 * Throws `E` (default `TypeError`) with the message `<api>: <what>, got <shown v>`.
 * @internal
 */
export const fail = (api: string, what: string, v: unknown, E: ErrorConstructor = TypeError): never => {
  throw new E(`${api}: ${what}, got ${show(v)}`);
};

/**
 * `v` when it is a finite number `>= 0` (or `Infinity` when `infinite`); else throws `TypeError` (not a
 * number) or `RangeError` (`NaN`, negative, infinite).
 * @internal
 */
export const duration = (api: string, name: string, v: unknown, infinite?: boolean): number => {
  if (typeof v != 'number') fail(api, `${name} must be a number of milliseconds`, v);
  if (!((v as number) >= 0 && (infinite || (v as number) < Infinity))) {
    fail(api, `${name} must be a ${infinite ? '' : 'finite '}number of milliseconds >= 0`, v, RangeError);
  }
  return v as number;
};

/**
 * `opts` when it is `undefined` or an object, else throws `TypeError`.
 * @internal
 */
export const optionsObject = <T>(api: string, opts: T): T => {
  if (opts !== undefined && (typeof opts != 'object' || opts === null)) fail(api, 'options must be an object', opts);
  return opts;
};

/**
 * `f` when it is a function, else throws `TypeError` `<api>: <name> must be a function, got …`.
 * @internal
 */
export const func = <F>(api: string, name: string, f: F): F => {
  if (typeof f != 'function') fail(api, `${name} must be a function`, f);
  return f;
};

/**
 * The wait options every waiting member accepts: `signal` abandons the wait (rejecting with its reason),
 * `timeout` (ms) limits it (rejecting with a `DOMException` named `TimeoutError`).
 * @internal
 */
export interface WaitOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
}

/**
 * Validates wait options (`TypeError`/`RangeError`) and throws the reason of an already aborted signal:
 * callers run it inside their `try`, so each becomes the rejection.
 * @internal
 */
export const checkWait = (api: string, opts: WaitOptions | undefined): void => {
  if (optionsObject(api, opts) === undefined) return;
  const { signal: s, timeout: t } = opts as WaitOptions;
  if (t !== undefined) duration(api, 'timeout', t, true);
  if (s !== undefined) {
    if (typeof (s as AbortSignal | null)?.aborted != 'boolean' || typeof s.addEventListener != 'function') {
      fail(api, 'signal must be an AbortSignal', s);
    }
    if (s.aborted) throw s.reason;
  }
};

/**
 * The rejection of a wait of `api` that timed out after `ms`.
 * @internal
 */
export const timeoutError = (api: string, ms: number): DOMException =>
  new DOMException(`${api}: timed out after ${ms} ms`, 'TimeoutError');

/**
 * Whether `v` is a thenable (an object or function with a callable `then`).
 * @internal
 */
export const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  (typeof v == 'object' || typeof v == 'function') && v !== null && typeof (v as { then?: unknown }).then == 'function';

/**
 * Does nothing: the rejection handler that marks a promise as handled.
 * @internal
 */
export const noop = (): void => {};
