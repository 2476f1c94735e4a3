// The request a locksmith sends to a lock holder (`@asyncutils/locksmiths`): `LockForceRequest`.
import { typeName } from '@asyncutils/audit';
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * A request, thrown into the holder of a lock, to release it: the holder answers with `fulfil(answer)`.
 *
 * @remarks
 * Not matched by `TypicalError` (upstream's is a `BaseException`), so ordinary handlers let it through.
 * `fulfil` passes the first answer to the requester's callback and ignores later calls. `notes` holds
 * `String(info)`.
 *
 * @typeParam I - The request details.
 * @typeParam L - The lock type.
 * @typeParam S - The requester type.
 *
 * @example
 * ```ts
 * import { LockForceRequest } from '@asyncutils/exceptions';
 *
 * const smith = {}, lock = {};
 * const req = new LockForceRequest(smith, (answer) => console.log(answer), lock, 'shutting down');
 * req.fulfil('released'); // logs 'released'
 * req.fulfil('again'); // ignored
 * ```
 */
export class LockForceRequest<I = unknown, L = unknown, S = unknown> extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'LockForceRequest');

  /** Who asks for the lock. */
  readonly requester: S;
  /** The lock to release. */
  readonly lock: L;
  /** Details of the request. */
  readonly info: I;
  /** `[String(info)]`. */
  readonly notes: string[];
  /** Answers the request: calls the requester's callback with `answer` the first time, then does nothing. */
  readonly fulfil: (answer: unknown) => void;

  /**
   * @param requester - Who asks for the lock.
   * @param fulfil - Called with the holder's answer (once).
   * @param lock - The lock to release.
   * @param info - Details of the request (its string form becomes the note).
   */
  constructor(requester: S, fulfil: (answer: unknown) => void, lock: L, info: I) {
    super(`request from ${typeName(requester)} to release ${typeName(lock)}`);
    this.requester = requester;
    this.lock = lock;
    this.info = info;
    this.notes = [String(info)];
    let answered = false;
    this.fulfil = (answer: unknown): void => {
      if (answered) return;
      answered = true;
      fulfil(answer);
    };
  }
}
