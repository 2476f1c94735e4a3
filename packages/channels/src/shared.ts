// Internal: what every class of the package shares: the argument checks, the one message builder
// (`asyncutils.channels.<api>: <what>, got <value>`), thenable detection and settling a batch of calls.

/**
 * How a bad value appears in a message: a number or boolean as itself, a string quoted, anything else by its type.
 * @internal
 */
export function show(v: unknown): string {
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : typeof v === 'string' ? JSON.stringify(v) : v === null ? 'null' : typeof v;
}

/**
 * Unless `ok`, throws `asyncutils.channels.<api>: <what>, got <v>`: a `RangeError` when `range`, else a `TypeError`.
 * @internal
 */
export function need(ok: unknown, api: string, what: string, v: unknown, range?: unknown): void {
  if (!ok) throw new (range ? RangeError : TypeError)(`asyncutils.channels.${api}: ${what}, got ${show(v)}`);
}

/**
 * Checks that `v` is an integer `>= min` (`Infinity` too when `inf`): `TypeError` for a non-number, `RangeError`
 * otherwise; the message says `<name> must be <what>`.
 * @internal
 */
export function int(api: string, name: string, what: string, v: unknown, min: number = -Infinity, inf?: boolean): void {
  const m = `${name} must be ${what}`;
  need(typeof v === 'number', api, m, v);
  need((Number.isInteger(v) || (inf && v === Infinity)) && (v as number) >= min, api, m, v, 1);
}

/**
 * Checks that `v` is a function.
 * @internal
 */
export function fnc(api: string, name: string, v: unknown): void {
  need(typeof v === 'function', api, `${name} must be a function`, v);
}

/**
 * Checks that `v` is `undefined` or a boolean.
 * @internal
 */
export function bool(api: string, name: string, v: unknown): void {
  need(v === undefined || typeof v === 'boolean', api, `${name} must be a boolean`, v);
}

/**
 * An options argument: `undefined` gives `{}`, anything but an object is a `TypeError`.
 * @internal
 */
export function opts<O extends object>(api: string, o: O | undefined): O {
  need(o === undefined || (typeof o === 'object' && o !== null), api, 'options must be an object', o);
  return o ?? ({} as O);
}

/**
 * A duration in ms: `undefined` as is, `null` as is when `nullable`; else a number `>= 0` (`Infinity` allowed):
 * `TypeError` for a non-number, `RangeError` for `NaN` or a negative number.
 * @internal
 */
export function dur(api: string, name: string, v: unknown, nullable?: boolean): number | null | undefined {
  if (v === undefined || (nullable && v === null)) return v as undefined;
  need(typeof v === 'number', api, `${name} must be a number of ms`, v);
  need((v as number) >= 0, api, `${name} must be >= 0`, v, 1);
  return v as number;
}

/**
 * Checks that `v` is `undefined` or an `AbortSignal` (anything with a boolean `aborted`), and returns it.
 * @internal
 */
export function sig(api: string, v: unknown): AbortSignal | undefined {
  need(v === undefined || typeof (v as AbortSignal | null)?.aborted === 'boolean', api, 'signal must be an AbortSignal', v);
  return v as AbortSignal | undefined;
}

/**
 * The rejection of a wait in `api` that timed out after `ms` ms.
 * @internal
 */
export function timedOut(api: string, ms: number): DOMException {
  return new DOMException(`asyncutils.channels.${api}: timed out after ${ms} ms`, 'TimeoutError');
}

/**
 * Whether `v` is a thenable (an object or function with a callable `then`).
 * @internal
 */
export function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Reports an error no caller can receive: `console.error(err)`.
 * @internal
 */
export function report(err: unknown): void {
  console.error(err);
}

/**
 * Waits until every entry of `rs` (a sparse array of results; thenables are awaited) has settled, then rejects with
 * the failure of the lowest index, if any.
 * @internal
 */
export function settleAll(rs: readonly unknown[]): Promise<void> {
  return Promise.allSettled(rs).then((all) => {
    for (const x of all) if (x.status === 'rejected') throw x.reason;
  });
}
