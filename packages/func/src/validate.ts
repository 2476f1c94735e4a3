// Internal: argument checks and small helpers shared by the modules of @asyncutils/func. Messages have the
// form `<api>: <what>, got <value>`; the api is the qualified Python name (`asyncutils.func.retry`).

/**
 * A value shown in a message: a number, boolean, `null` or `undefined` as itself, a string quoted, a function
 * by its name, anything else by its type.
 * @internal
 */
export const show = (v: unknown): string =>
  typeof v == 'string'
    ? JSON.stringify(v)
    : v == null || typeof v == 'number' || typeof v == 'boolean'
      ? String(v)
      : typeof v == 'function'
        ? `function ${v.name || '<anonymous>'}`
        : typeof v;

/**
 * Throws `E` (default `TypeError`) with the message `<api>: <what>, got <shown v>`.
 * @internal
 */
export const fail = (api: string, what: string, v: unknown, E: ErrorConstructor = TypeError): never => {
  throw new E(`${api}: ${what}, got ${show(v)}`);
};

/**
 * `v` when it is an integer `>= min`; else throws `TypeError` (not a number) or `RangeError`.
 * @internal
 */
export const count = (api: string, name: string, v: unknown, min: number, max: number = Infinity): number => {
  if (typeof v != 'number') fail(api, `${name} must be a number`, v);
  if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) {
    fail(api, `${name} must be an integer ${max < Infinity ? `from ${min} to ${max}` : `>= ${min}`}`, v, RangeError);
  }
  return v as number;
};

/**
 * `v` when it is a finite number of milliseconds `>= 0` (`> 0` when `positive`); else throws `TypeError`
 * (not a number) or `RangeError` (`NaN`, negative, zero when `positive`, infinite).
 * @internal
 */
export const duration = (api: string, name: string, v: unknown, positive?: boolean): number => {
  if (typeof v != 'number') fail(api, `${name} must be a number of milliseconds`, v);
  if (!(((v as number) > 0 || (!positive && v === 0)) && (v as number) < Infinity)) {
    fail(api, `${name} must be a finite number of milliseconds ${positive ? '> 0' : '>= 0'}`, v, RangeError);
  }
  return v as number;
};

/**
 * `v` when it is a finite number from `lo` to `hi` (`lo` excluded when `open`), else throws.
 * @internal
 */
export const finite = (api: string, name: string, v: unknown, lo: number, hi: number, open?: boolean): number => {
  if (typeof v != 'number') fail(api, `${name} must be a number`, v);
  if (!((open ? (v as number) > lo : (v as number) >= lo) && (v as number) <= hi && Number.isFinite(v))) {
    fail(api, `${name} must be a finite number ${open ? '>' : '>='} ${lo}${hi < Infinity ? ` and <= ${hi}` : ''}`, v, RangeError);
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
 * `v` when it is `undefined` or a boolean, else throws `TypeError`.
 * @internal
 */
export const bool = (api: string, name: string, v: unknown): boolean | undefined => {
  if (v !== undefined && typeof v != 'boolean') fail(api, `${name} must be a boolean`, v);
  return v as boolean | undefined;
};

/**
 * The wait options of waiting members: `signal` abandons the wait (rejecting with its reason), `timeout`
 * (ms) limits it (rejecting with a `DOMException` named `TimeoutError`).
 * @internal
 */
export interface WaitOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
}

/**
 * `s` when it is `undefined` or an `AbortSignal`-like object, else throws `TypeError`.
 * @internal
 */
export const signalOf = (api: string, s: unknown): AbortSignal | undefined => {
  if (s !== undefined && (typeof (s as AbortSignal | null)?.aborted != 'boolean' || typeof (s as AbortSignal).addEventListener != 'function')) {
    fail(api, 'signal must be an AbortSignal', s);
  }
  return s as AbortSignal | undefined;
};

/**
 * Validates wait options (`TypeError`/`RangeError`); `timeout: Infinity` is allowed.
 * @internal
 */
export const checkWait = (api: string, opts: WaitOptions | undefined): void => {
  if (optionsObject(api, opts) === undefined) return;
  const t = (opts as WaitOptions).timeout;
  if (t !== undefined && t !== Infinity) duration(api, 'timeout', t);
  signalOf(api, (opts as WaitOptions).signal);
};

/**
 * Whether `v` is a thenable (an object or function with a callable `then`).
 * @internal
 */
export const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  (typeof v == 'object' || typeof v == 'function') && v !== null && typeof (v as { then?: unknown }).then == 'function';

/**
 * Gives `g` the `name` of `f` (or `name`) and returns `g`.
 * @internal
 */
export const named = <G extends (...a: never[]) => unknown>(g: G, name: string): G =>
  Object.defineProperty(g, 'name', { value: name, configurable: true });

/**
 * Does nothing: the rejection handler that marks a promise as handled.
 * @internal
 */
export const noop = (): void => {};

/**
 * The default clock of every `timer` option: `performance.now()`, read at each call (never captured).
 * @internal
 */
export const now = (): number => performance.now();
