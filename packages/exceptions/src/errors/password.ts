// The errors of password-protected queues (`@asyncutils/queues`' `passwordQueue`): `PasswordQueueError` and its
// subclasses. Wrong passwords are kept in the non-enumerable `wrongPwd` only, never in a message.
import { functionName, objectId, typeName } from '@asyncutils/audit';
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';
import { describe } from '../describe.js';

/**
 * Base class of the errors of password-protected queues.
 *
 * @remarks
 * Its `instanceof` also accepts the classes that extend a built-in error and count as password-queue errors
 * (`ForbiddenOperation`, `WrongPassword`, `WrongPasswordType`, `PasswordMissing` and its subclasses), and
 * instances from another copy of the package.
 *
 * @example
 * ```ts
 * import { ForbiddenOperation, PasswordQueueError } from '@asyncutils/exceptions';
 *
 * new ForbiddenOperation('subclass') instanceof PasswordQueueError; // true
 * ```
 */
export class PasswordQueueError extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'PasswordQueueError');
}

/**
 * The password of a password-protected queue could not be retrieved from where it was said to be.
 *
 * @example
 * ```ts
 * import { PasswordRetrievalError } from '@asyncutils/exceptions';
 *
 * new PasswordRetrievalError('getPwd').message;
 * // "failed to retrieve the password of a password-protected queue labelled 'getPwd'"
 * ```
 */
export class PasswordRetrievalError extends PasswordQueueError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'PasswordRetrievalError');

  /** The label of the password that could not be retrieved. */
  readonly from_: string;

  /**
   * @param from_ - The label of the password that could not be retrieved.
   */
  constructor(from_: string) {
    super(`failed to retrieve the password of a password-protected queue labelled '${from_}'`);
    this.from_ = from_;
  }
}

/**
 * The password protecting the get side of a queue could not be retrieved.
 *
 * @example
 * ```ts
 * import { GetPasswordRetrievalError } from '@asyncutils/exceptions';
 *
 * new GetPasswordRetrievalError('getPwd').from_; // 'getPwd'
 * ```
 */
export class GetPasswordRetrievalError extends PasswordRetrievalError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'GetPasswordRetrievalError');
}

/**
 * The password protecting the put side of a queue could not be retrieved.
 *
 * @example
 * ```ts
 * import { PutPasswordRetrievalError } from '@asyncutils/exceptions';
 *
 * new PutPasswordRetrievalError('pw').from_; // 'pw'
 * ```
 */
export class PutPasswordRetrievalError extends PasswordRetrievalError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'PutPasswordRetrievalError');
}

/**
 * An operation that password-protected queues do not allow (Python `PasswordQueueError, TypeError`).
 *
 * @remarks
 * Extends `TypeError`; `instanceof PasswordQueueError` holds too. `op` is formatted with `args` like
 * Python's `%` operator, restricted to `%s` (`String(a)`), `%r` (a short description), `%d` (an integer)
 * and `%%`.
 *
 * @example
 * ```ts
 * import { ForbiddenOperation } from '@asyncutils/exceptions';
 *
 * const err = new ForbiddenOperation('call %s on', '_get()');
 * err.op; // 'call _get() on'
 * err.message; // 'cannot call _get() on the type of password-protected queue'
 * ```
 */
export class ForbiddenOperation extends TypeError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'ForbiddenOperation', PasswordQueueError);

  /** The forbidden operation, formatted. */
  readonly op: string;

  /**
   * @param op - The operation, a format string (`%s`, `%r`, `%d`, `%%`).
   * @param args - The values for its conversions.
   * @throws `TypeError` when `args` are too few or too many for `op`, or `%d` gets a non-number; `RangeError`
   * for another conversion character.
   */
  constructor(op: string, ...args: unknown[]) {
    const formatted = percentFormat(op, args);
    super(`cannot ${formatted} the type of password-protected queue`);
    this.op = formatted;
  }
}

/** Python's `op % args`, restricted to `%s`, `%r`, `%d` and `%%`. */
function percentFormat(op: string, args: readonly unknown[]): string {
  const api = 'asyncutils.exceptions.ForbiddenOperation';
  let next = 0;
  const take = (): unknown => {
    if (next >= args.length) throw new TypeError(`${api}: not enough arguments for format string`);
    return args[next++];
  };
  const out = String(op).replace(/%(.?)/gs, (_match, conversion: string, index: number) => {
    switch (conversion) {
      case '%':
        return '%';
      case 's':
        return String(take());
      case 'r':
        return describe(take());
      case 'd':
        return formatInteger(take());
      case '':
        throw new RangeError(`${api}: incomplete format`);
      default:
        throw new RangeError(`${api}: unsupported format character ${JSON.stringify(conversion)} at index ${index + 1}`);
    }
  });
  if (next < args.length) throw new TypeError(`${api}: not all arguments converted during string formatting`);
  return out;
}

/** `%d` of a number, bigint or boolean: its integer part. */
function formatInteger(value: unknown): string {
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'number' || typeof value === 'boolean') {
    const n = Math.trunc(Number(value));
    if (Number.isFinite(n)) return n.toFixed(0);
    throw new RangeError(`asyncutils.exceptions.ForbiddenOperation: cannot convert ${n} to an integer`);
  }
  throw new TypeError(`asyncutils.exceptions.ForbiddenOperation: %d format: a real number is required, not ${typeName(value)}`);
}

/** How the message names the queue: `String(queue)` for an object, else `password-protected queue`. */
function queueText(queue: unknown): string {
  if ((typeof queue !== 'object' && typeof queue !== 'function') || queue === null) return 'password-protected queue';
  return safeString(queue);
}

/** `String(value)`, or its short description when that throws (e.g. a null-prototype object). */
function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return describe(value);
  }
}

/** Defines the password as a non-enumerable (hence not logged by inspectors) read-only own property. */
function hidePassword(err: object, pwd: unknown): void {
  Object.defineProperty(err, 'wrongPwd', { value: pwd, writable: false, enumerable: false, configurable: true });
}

/** `objectId(queue)`, or `null` for `null`. */
function queueId(queue: unknown): number | null {
  return queue === null ? null : objectId(queue);
}

/**
 * A password-protected queue received an unacceptable password.
 *
 * @remarks
 * `wrongPwd` holds the password (non-enumerable, so inspectors and loggers do not print it); messages never
 * contain it. Its `instanceof` also accepts `WrongPassword` and `WrongPasswordType`.
 *
 * @typeParam P - The password type.
 *
 * @example
 * ```ts
 * import { PasswordError } from '@asyncutils/exceptions';
 *
 * const err = new PasswordError(null, 'secret');
 * err.message; // 'password-protected queue received an unacceptable password'
 * err.qid; // null
 * ```
 */
export class PasswordError<P = unknown> extends PasswordQueueError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'PasswordError');

  /** `objectId` of the queue, or `null` when no queue was given. */
  readonly qid: number | null;
  /** The rejected password (non-enumerable). */
  declare readonly wrongPwd: P;

  /**
   * @param queue - The queue, or `null`.
   * @param pwd - The rejected password.
   * @param message - The message.
   * @defaultValue `message`: `${queueText} received an unacceptable password` (`queueText` is `String(queue)`,
   * or `password-protected queue` without a queue)
   */
  constructor(queue: object | null, pwd: P, message?: string) {
    super(message ?? `${queueText(queue)} received an unacceptable password`);
    this.qid = queueId(queue);
    hidePassword(this, pwd);
  }
}

/**
 * A password-protected queue received an incorrect password (Python `PasswordError, ValueError`).
 *
 * @remarks
 * Extends `RangeError`; `instanceof PasswordError` and `instanceof PasswordQueueError` hold too. The
 * password is only in the non-enumerable `wrongPwd`.
 *
 * @typeParam P - The password type.
 *
 * @example
 * ```ts
 * import { WrongPassword } from '@asyncutils/exceptions';
 *
 * const queue = { toString: () => 'SmartQueue#3' };
 * const err = new WrongPassword(queue, 'hunter2');
 * err.message; // 'SmartQueue#3 received an incorrect password'
 * err.wrongPwd; // 'hunter2'
 * ```
 */
export class WrongPassword<P = unknown> extends RangeError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'WrongPassword', PasswordError);

  /** `objectId` of the queue. */
  readonly qid: number | null;
  /** The rejected password (non-enumerable). */
  declare readonly wrongPwd: P;

  /**
   * @param queue - The queue that rejected the password.
   * @param pwd - The rejected password.
   */
  constructor(queue: object, pwd: P) {
    super(`${safeString(queue)} received an incorrect password`);
    this.qid = queueId(queue);
    hidePassword(this, pwd);
  }
}

/**
 * A password-protected queue received a password of the wrong type (Python `PasswordError, TypeError`).
 *
 * @remarks
 * Extends `TypeError`; `instanceof PasswordError` and `instanceof PasswordQueueError` hold too. The
 * password is only in the non-enumerable `wrongPwd`; the message names its type.
 *
 * @typeParam P - The password type.
 *
 * @example
 * ```ts
 * import { WrongPasswordType } from '@asyncutils/exceptions';
 *
 * new WrongPasswordType(null, 1, Number, String).message;
 * // "password-protected queue received a password of type 'number'; expected 'String'"
 * ```
 */
export class WrongPasswordType<P = unknown> extends TypeError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'WrongPasswordType', PasswordError);

  /** `objectId` of the queue, or `null` when no queue was given. */
  readonly qid: number | null;
  /** The rejected password (non-enumerable). */
  declare readonly wrongPwd: P;
  /** The type the password has. */
  readonly wrongType: unknown;
  /** The type the password should have. */
  readonly correctType: Function;

  /**
   * @param queue - The queue, or `null`.
   * @param pwd - The rejected password.
   * @param wrongType - The type it has.
   * @param correctType - The type it should have.
   */
  constructor(queue: object | null, pwd: P, wrongType: unknown, correctType: Function) {
    super(`${queueText(queue)} received a password of type '${typeName(pwd)}'; expected '${functionName(correctType)}'`);
    this.qid = queueId(queue);
    hidePassword(this, pwd);
    this.wrongType = wrongType;
    this.correctType = correctType;
  }
}

/**
 * A password-protected queue was used without the password (Python `PasswordQueueError, TypeError`).
 *
 * @remarks
 * Abstract: throw {@link GetPasswordMissing} or {@link PutPasswordMissing}; `new PasswordMissing()` throws a
 * `TypeError`. Extends `TypeError`; `instanceof PasswordQueueError` holds too.
 *
 * @example
 * ```ts
 * import { GetPasswordMissing, PasswordMissing } from '@asyncutils/exceptions';
 *
 * new GetPasswordMissing() instanceof PasswordMissing; // true
 * ```
 */
export abstract class PasswordMissing extends TypeError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'PasswordMissing', PasswordQueueError);

  /**
   * @param message - The message (given by the subclasses).
   * @param options - The standard error options.
   * @throws `TypeError` when called as `new PasswordMissing()` itself.
   */
  constructor(message?: string, options?: ErrorOptions) {
    if (new.target === PasswordMissing) {
      throw new TypeError('asyncutils.exceptions.PasswordMissing: use GetPasswordMissing or PutPasswordMissing instead');
    }
    super(message, options);
  }
}

/**
 * No password was given to get from a password-protected queue.
 *
 * @example
 * ```ts
 * import { GetPasswordMissing } from '@asyncutils/exceptions';
 *
 * new GetPasswordMissing().message;
 * // 'asyncutils.queues.password_queue: no password provided when trying to get from password-protected queue'
 * ```
 */
export class GetPasswordMissing extends PasswordMissing {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'GetPasswordMissing');

  constructor() {
    super('asyncutils.queues.password_queue: no password provided when trying to get from password-protected queue');
  }
}

/**
 * No password was given to put to a password-protected queue.
 *
 * @example
 * ```ts
 * import { PutPasswordMissing } from '@asyncutils/exceptions';
 *
 * new PutPasswordMissing().message;
 * // 'asyncutils.queues.password_queue: no password provided when trying to put to password-protected queue'
 * ```
 */
export class PutPasswordMissing extends PasswordMissing {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'PutPasswordMissing');

  constructor() {
    super('asyncutils.queues.password_queue: no password provided when trying to put to password-protected queue');
  }
}
