// `passwordQueue`: a frozen, closure-backed queue whose get and/or put side needs a password.
import { audit, objectId, typeName } from '@asyncutils/audit';
import { PASSWORD_QUEUE_DEFAULT_GET_FROM, PASSWORD_QUEUE_DEFAULT_PUT_FROM } from '@asyncutils/context';
import {
  ForbiddenOperation,
  GetPasswordMissing,
  GetPasswordRetrievalError,
  PutPasswordMissing,
  PutPasswordRetrievalError,
  WrongPassword,
  WrongPasswordType,
} from '@asyncutils/exceptions';
import type { Comparator } from './defaultCompare.js';
import { defaultCompare } from './defaultCompare.js';
import { SmartLifoQueue, SmartQueue, type PotentQueueBase, type QueueWaitOptions } from './PotentQueueBase.js';
import { fill, SmartPriorityQueue } from './SmartPriorityQueue.js';
import { show } from './check.js';
import { VOID } from './waiters.js';

const API = 'asyncutils.queues.password_queue';

/**
 * The runtime type a password must have: `String`, `Number`, `BigInt`, `Boolean` or `Symbol` (checked with
 * `typeof`), or any class (checked with `instanceof`).
 *
 * @example
 * ```ts
 * import { passwordQueue, type PasswordType } from '@asyncutils/queues';
 *
 * const putType: PasswordType = Uint8Array;
 * const q = passwordQueue({ passwordPut: crypto.getRandomValues(new Uint8Array(16)), putType });
 * ```
 */
export type PasswordType =
  | StringConstructor
  | NumberConstructor
  | BigIntConstructor
  | BooleanConstructor
  | SymbolConstructor
  | (abstract new (...args: never[]) => unknown);

/**
 * Options of {@link passwordQueue}.
 *
 * @typeParam T - The item type.
 * @typeParam G - The get password's type.
 * @typeParam P - The put password's type.
 *
 * @example
 * ```ts
 * import { passwordQueue, type PasswordQueueOptions } from '@asyncutils/queues';
 *
 * const opts: PasswordQueueOptions<string, never, string> = { passwordPut: 's3cret', maxsize: 10 };
 * const q = passwordQueue(opts);
 * ```
 */
export interface PasswordQueueOptions<T, G = unknown, P = unknown> {
  /** The put side needs `passwordPut`. @defaultValue `true` */
  readonly protectPut?: boolean | undefined;
  /** The get side needs `passwordGet`. @defaultValue `false` */
  readonly protectGet?: boolean | undefined;
  /** The put password (required when the put side is protected; never `undefined`). */
  readonly passwordPut?: P | undefined;
  /** The get password (required when the get side is protected; never `undefined`). */
  readonly passwordGet?: G | undefined;
  /** The put password's label, in the audit event and retrieval errors. @defaultValue `PASSWORD_QUEUE_DEFAULT_PUT_FROM` (context) */
  readonly putFrom?: string | undefined;
  /** The get password's label. @defaultValue `PASSWORD_QUEUE_DEFAULT_GET_FROM` (context) */
  readonly getFrom?: string | undefined;
  /** The type the put password must have. @defaultValue any value but `undefined` */
  readonly putType?: PasswordType | undefined;
  /** The type the get password must have. @defaultValue any value but `undefined` */
  readonly getType?: PasswordType | undefined;
  /**
   * `true`: a password is accepted only when it is the stored one (`Object.is`). `false`: also when both are
   * byte-equal `ArrayBuffer`s or views of the same class, or when `stored.equals(given) === true`.
   * @defaultValue `true`
   */
  readonly strict?: boolean | undefined;
  /** Allow `changePutPassword`. @defaultValue `false` */
  readonly canChangePut?: boolean | undefined;
  /** Allow `changeGetPassword`. @defaultValue `false` */
  readonly canChangeGet?: boolean | undefined;
  /** The capacity, as for the queues (`<= 0` or `Infinity`: unbounded). @defaultValue `0` */
  readonly maxsize?: number | undefined;
  /** Smallest item first (by `compare`). @defaultValue `false` */
  readonly priority?: boolean | undefined;
  /** Stack order; with `priority`, largest first. @defaultValue `false` */
  readonly lifo?: boolean | undefined;
  /** The order of `priority`. @defaultValue {@link defaultCompare} */
  readonly compare?: Comparator<T> | undefined;
  /** Initial items, put without a password: synchronously while there is room, the rest in the background. */
  readonly initItems?: Iterable<T> | AsyncIterable<T> | undefined;
}

/**
 * What every queue made by {@link passwordQueue} has, whatever its protected sides.
 *
 * @example
 * ```ts
 * import { passwordQueue, type PasswordQueueBase } from '@asyncutils/queues';
 *
 * const q: PasswordQueueBase<number> = passwordQueue<number, never, string>({ passwordPut: 'pw' });
 * q.qsize(); // 0
 * ```
 */
export interface PasswordQueueBase<T, G = unknown, P = unknown> {
  /** The capacity as given. */
  readonly maxsize: number;
  /** `ForbiddenOperation`, the error of the forbidden internals. */
  readonly exc: typeof ForbiddenOperation;
  /** The item count. */
  qsize(): number;
  /** No item. */
  empty(): boolean;
  /** Bounded and full. */
  full(): boolean;
  /** Marks one got item done. @throws `RangeError` when nothing is unfinished. */
  taskDone(): void;
  /** Resolves when every item put is done. */
  join(opts?: QueueWaitOptions): Promise<void>;
  /** Shuts down (as the queues). */
  shutdown(immediate?: boolean): void;
  /** Stops a running initial-items feeder; `true` if one was running. */
  cancelExtend(reason?: unknown): boolean;
  /** Replaces the put password; `true` if allowed and `old` is accepted. Never throws. */
  changePutPassword(old: P, replacement: P): boolean;
  /** Replaces the get password; `true` if allowed and `old` is accepted. Never throws. */
  changeGetPassword(old: G, replacement: G): boolean;
  /** `<password-protected queue #<objectId>>`. */
  toString(): string;
  /** Stores an item (the protected shapes take the password after the item). */
  put(item: T, ...rest: never[]): Promise<void>;
  /** Stores an item without waiting (the protected shapes take the password after the item). */
  putNowait(item: T, ...rest: never[]): void;
  /** Takes the next item (the protected shapes take the password first). */
  get(...args: never[]): Promise<T>;
  /** Takes the next item without waiting (the protected shapes take the password). */
  getNowait(...args: never[]): T;
  /** @throws `ForbiddenOperation` always. */
  _get(): never;
  /** @throws `ForbiddenOperation` always. */
  _put(): never;
  /** @throws `ForbiddenOperation` always. */
  _init(): never;
}

/**
 * A queue whose put side needs the password.
 *
 * @example
 * ```ts
 * import { passwordQueue, type PutProtectedQueue } from '@asyncutils/queues';
 *
 * const q: PutProtectedQueue<number, string> = passwordQueue({ passwordPut: 'pw' });
 * await q.put(1, 'pw');
 * await q.get(); // 1
 * ```
 */
export interface PutProtectedQueue<T, P = unknown> extends PasswordQueueBase<T, unknown, P> {
  /** As a queue's `put`, after the password check. */
  put(item: T, pwd: P, opts?: QueueWaitOptions): Promise<void>;
  /** As a queue's `putNowait`, after the password check. */
  putNowait(item: T, pwd: P): void;
  /** As a queue's `get`. */
  get(opts?: QueueWaitOptions): Promise<T>;
  /** As a queue's `getNowait`. */
  getNowait(): T;
}

/**
 * A queue whose get side needs the password.
 *
 * @example
 * ```ts
 * import { passwordQueue, type GetProtectedQueue } from '@asyncutils/queues';
 *
 * const q: GetProtectedQueue<number, string> = passwordQueue({ protectGet: true, protectPut: false, passwordGet: 'pw' });
 * q.putNowait(1);
 * q.getNowait('pw'); // 1
 * ```
 */
export interface GetProtectedQueue<T, G = unknown> extends PasswordQueueBase<T, G, unknown> {
  /** As a queue's `put`. */
  put(item: T, opts?: QueueWaitOptions): Promise<void>;
  /** As a queue's `putNowait`. */
  putNowait(item: T): void;
  /** As a queue's `get`, after the password check. */
  get(pwd: G, opts?: QueueWaitOptions): Promise<T>;
  /** As a queue's `getNowait`, after the password check. */
  getNowait(pwd: G): T;
}

/**
 * A queue whose both sides need their password.
 *
 * @example
 * ```ts
 * import { passwordQueue, type GetAndPutProtectedQueue } from '@asyncutils/queues';
 *
 * const q: GetAndPutProtectedQueue<number, string, string> = passwordQueue({ protectGet: true, passwordGet: 'g', passwordPut: 'p' });
 * q.putNowait(1, 'p');
 * await q.get('g'); // 1
 * ```
 */
export interface GetAndPutProtectedQueue<T, G = unknown, P = unknown> extends PasswordQueueBase<T, G, P> {
  /** As a queue's `put`, after the password check. */
  put(item: T, pwd: P, opts?: QueueWaitOptions): Promise<void>;
  /** As a queue's `putNowait`, after the password check. */
  putNowait(item: T, pwd: P): void;
  /** As a queue's `get`, after the password check. */
  get(pwd: G, opts?: QueueWaitOptions): Promise<T>;
  /** As a queue's `getNowait`, after the password check. */
  getNowait(pwd: G): T;
}

// The storage classes: their messages say `password_queue`; none of their audited methods is reachable.
class Fifo<T> extends SmartQueue<T> {
  static override readonly qualname: string = API;
}
class Lifo<T> extends SmartLifoQueue<T> {
  static override readonly qualname: string = API;
}
class Heap<T> extends SmartPriorityQueue<T> {
  static override readonly qualname: string = API;
}

/** Whether `v` has the runtime type `t`. */
function typed(v: unknown, t: PasswordType | undefined): boolean {
  if (t === undefined) return true;
  const prim =
    t === String ? 'string' : t === Number ? 'number' : t === BigInt ? 'bigint' : t === Boolean ? 'boolean' : t === Symbol ? 'symbol' : undefined;
  return prim === undefined ? v instanceof (t as abstract new () => unknown) : typeof v === prim;
}

/** The bytes of an `ArrayBuffer` or view, or `undefined`. */
function bytes(v: unknown): Uint8Array | undefined {
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return v instanceof ArrayBuffer ? new Uint8Array(v) : undefined;
}

/** Non-strict acceptance: byte-equal buffers/views of one class, or `stored.equals(given) === true`. */
function loose(given: unknown, stored: unknown): boolean {
  const a = bytes(given);
  const b = bytes(stored);
  if (a && b) return (given as object).constructor === (stored as object).constructor && a.length === b.length && a.every((x, i) => x === b[i]);
  return typeof (stored as { equals?: unknown } | null)?.equals === 'function' && (stored as { equals(v: unknown): unknown }).equals(given) === true;
}

function bool(name: string, v: unknown, d: boolean): boolean {
  if (v === undefined) return d;
  if (typeof v !== 'boolean') throw new TypeError(`${API}: ${name} must be a boolean, got ${show(v)}`);
  return v;
}

/**
 * Creates a queue whose get and/or put side needs a password (Python `password_queue`): a frozen object over
 * private storage, not an instance of any exported class.
 *
 * @remarks
 * Raises `asyncutils.queues.password_queue` `[getLabel | null, putLabel | null]` first (labels only: passwords
 * never reach an audit hook or an error message), then validates. Every protected method checks the password
 * before anything else: `undefined` → `GetPasswordMissing`/`PutPasswordMissing`, wrong type →
 * `WrongPasswordType`, not accepted → `WrongPassword` (so callers without the password learn nothing about the
 * queue's state). Then it behaves as the queues do (waiters, shutdown, counting). Passwords are stored as given:
 * this is access control within one program, not cryptography.
 *
 * @param opts - See {@link PasswordQueueOptions}.
 * @returns The queue: put-protected by default; see {@link PutProtectedQueue}, {@link GetProtectedQueue},
 * {@link GetAndPutProtectedQueue}.
 * @throws `TypeError` when neither side is protected or an option is malformed;
 * `GetPasswordRetrievalError`/`PutPasswordRetrievalError` (get side first) when a protected side has no password;
 * `WrongPasswordType` when a password fails its type; what a vetoing audit hook throws.
 *
 * @example
 * ```ts
 * import { passwordQueue, WrongPassword } from '@asyncutils/queues';
 *
 * const key = crypto.getRandomValues(new Uint8Array(16));
 * const q = passwordQueue<string, never, Uint8Array>({ passwordPut: key, putType: Uint8Array, maxsize: 100 });
 * await q.put('job', key); // only holders of the key can enqueue
 * await q.get(); // 'job' (anyone can consume)
 * try {
 *   q.putNowait('spam', new Uint8Array(16));
 * } catch (e) {
 *   e instanceof WrongPassword; // true
 * }
 * ```
 */
export function passwordQueue<T, G = unknown, P = unknown>(
  opts: PasswordQueueOptions<T, G, P> & { readonly protectGet: true; readonly protectPut: false },
): GetProtectedQueue<T, G>;
export function passwordQueue<T, G = unknown, P = unknown>(
  opts: PasswordQueueOptions<T, G, P> & { readonly protectGet: true; readonly protectPut?: true | undefined },
): GetAndPutProtectedQueue<T, G, P>;
export function passwordQueue<T, G = unknown, P = unknown>(
  opts: PasswordQueueOptions<T, G, P> & { readonly protectGet?: false | undefined; readonly protectPut?: true | undefined },
): PutProtectedQueue<T, P>;
export function passwordQueue<T, G = unknown, P = unknown>(
  opts: PasswordQueueOptions<T, G, P>,
): PutProtectedQueue<T, P> | GetProtectedQueue<T, G> | GetAndPutProtectedQueue<T, G, P>;
export function passwordQueue<T, G = unknown, P = unknown>(
  opts: PasswordQueueOptions<T, G, P>,
): PutProtectedQueue<T, P> | GetProtectedQueue<T, G> | GetAndPutProtectedQueue<T, G, P> {
  const o: PasswordQueueOptions<T, G, P> = typeof opts === 'object' && opts !== null ? opts : {};
  const label = (v: unknown, d: { get(): string }): string => (v === undefined ? d.get() : typeof v === 'string' ? v : `${show(v)}`);
  const getFrom = label(o.getFrom, PASSWORD_QUEUE_DEFAULT_GET_FROM);
  const putFrom = label(o.putFrom, PASSWORD_QUEUE_DEFAULT_PUT_FROM);
  audit('asyncutils.queues.password_queue', (o.protectGet ?? false) === true ? getFrom : null, (o.protectPut ?? true) === true ? putFrom : null);

  if (o !== opts && opts !== undefined) throw new TypeError(`${API}: options must be an object, got ${show(opts)}`);
  const pg = bool('protectGet', o.protectGet, false);
  const pp = bool('protectPut', o.protectPut, true);
  if (!pg && !pp) throw new TypeError(`${API}: at least one of protectGet or protectPut must be true`);
  for (const k of ['getFrom', 'putFrom'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'string') throw new TypeError(`${API}: ${k} must be a string, got ${show(o[k])}`);
  }
  for (const k of ['getType', 'putType', 'compare'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'function') throw new TypeError(`${API}: ${k} must be a function, got ${show(o[k])}`);
  }
  const { getType, putType } = o;
  let pwdG = o.passwordGet;
  let pwdP = o.passwordPut;
  if (pg) {
    if (pwdG === undefined) throw new GetPasswordRetrievalError(getFrom);
    if (!typed(pwdG, getType)) throw new WrongPasswordType(null, pwdG, typeName(pwdG), getType as PasswordType);
  }
  if (pp) {
    if (pwdP === undefined) throw new PutPasswordRetrievalError(putFrom);
    if (!typed(pwdP, putType)) throw new WrongPasswordType(null, pwdP, typeName(pwdP), putType as PasswordType);
  }
  const strict = bool('strict', o.strict, true);
  const canG = bool('canChangeGet', o.canChangeGet, false);
  const canP = bool('canChangePut', o.canChangePut, false);
  const lifo = bool('lifo', o.lifo, false);
  const maxsize = o.maxsize === undefined ? 0 : o.maxsize;
  let q: PotentQueueBase<T>;
  if (bool('priority', o.priority, false)) {
    const c = (o.compare ?? defaultCompare) as Comparator<T>;
    q = new Heap<T>(maxsize, { compare: lifo ? (a, b) => c(b, a) : c });
  } else q = lifo ? new Lifo<T>(maxsize) : new Fifo<T>(maxsize);

  let self: object;
  const check = (pwd: unknown, stored: unknown, type: PasswordType | undefined, missing: () => Error): void => {
    if (pwd === undefined) throw missing();
    if (!typed(pwd, type)) throw new WrongPasswordType(self, pwd, typeName(pwd), type as PasswordType);
    if (!Object.is(pwd, stored) && (strict || !loose(pwd, stored))) throw new WrongPassword(self, pwd);
  };
  const checkG = (pwd: unknown): void => {
    if (pg) check(pwd, pwdG, getType, () => new GetPasswordMissing());
  };
  const checkP = (pwd: unknown): void => {
    if (pp) check(pwd, pwdP, putType, () => new PutPasswordMissing());
  };
  /** Whether `old` passes `checkOld` and `replacement` is a valid password of `type` (never throws: user `equals`/`instanceof` may). */
  const changeable = (checkOld: (p: unknown) => void, old: unknown, replacement: unknown, type: PasswordType | undefined): boolean => {
    try {
      checkOld(old);
      return replacement !== undefined && typed(replacement, type);
    } catch {
      return false;
    }
  };
  /** Splits the arguments of a method into the password (protected side) and the rest. */
  const split = (protect: boolean, args: unknown[]): [unknown, unknown] => (protect ? [args[0], args[1]] : [undefined, args[0]]);

  const ac = new AbortController();
  let feeding = false;
  const feed = fill(q, o.initItems, { signal: ac.signal }, API);
  if (feed !== VOID) {
    feeding = true;
    const done = (): void => {
      feeding = false;
    };
    feed.then(done, done);
  }
  const forbidden = (op: string) => (): never => {
    throw new ForbiddenOperation(`call ${op}() on`);
  };

  const api = {
    get maxsize(): number {
      return q.maxsize;
    },
    exc: ForbiddenOperation,
    qsize: (): number => q.qsize(),
    empty: (): boolean => q.empty(),
    full: (): boolean => q.full(),
    taskDone: (): void => q.taskDone(),
    join: (opts?: QueueWaitOptions): Promise<void> => q.join(opts),
    shutdown: (immediate?: boolean): void => q.shutdown(immediate),
    put(item: T, ...args: unknown[]): Promise<void> {
      const [pwd, opts] = split(pp, args);
      try {
        checkP(pwd);
      } catch (e) {
        return Promise.reject(e);
      }
      return q.put(item, opts as QueueWaitOptions);
    },
    putNowait(item: T, pwd?: unknown): void {
      checkP(pwd);
      q.putNowait(item);
    },
    get(...args: unknown[]): Promise<T> {
      const [pwd, opts] = split(pg, args);
      try {
        checkG(pwd);
      } catch (e) {
        return Promise.reject(e);
      }
      return q.get(opts as QueueWaitOptions);
    },
    getNowait(pwd?: unknown): T {
      checkG(pwd);
      return q.getNowait();
    },
    cancelExtend(reason?: unknown): boolean {
      if (!feeding) return false;
      feeding = false;
      ac.abort(reason);
      return true;
    },
    changePutPassword(old: unknown, replacement: unknown): boolean {
      if (!pp || !canP || q.isShutdown || !changeable(checkP, old, replacement, putType)) return false;
      pwdP = replacement as P;
      return true;
    },
    changeGetPassword(old: unknown, replacement: unknown): boolean {
      if (!pg || !canG || (q.isShutdown && q.empty()) || !changeable(checkG, old, replacement, getType)) return false;
      pwdG = replacement as G;
      return true;
    },
    toString: (): string => `<password-protected queue #${objectId(self)}>`,
    _get: forbidden('_get'),
    _put: forbidden('_put'),
    _init: forbidden('_init'),
  };
  self = Object.freeze(api);
  return self as GetAndPutProtectedQueue<T, G, P>;
}
