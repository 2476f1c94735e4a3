// `prepareException`: attach a `cause` and notes to an error, and return it.
import { describe, isErrorLike } from './describe.js';

/**
 * Options of `prepareException` and `raiseExc` (and part of `potentDerive`'s).
 *
 * @example
 * ```ts
 * import { prepareException, type PrepareExceptionOptions } from '@asyncutils/exceptions';
 *
 * const opts: PrepareExceptionOptions = { cause: new Error('socket closed'), notes: 'while flushing' };
 * prepareException(new Error('write failed'), opts);
 * ```
 */
export interface PrepareExceptionOptions {
  /** Set as the error's `cause` (own, non-enumerable) unless `undefined`. */
  readonly cause?: unknown;
  /** One note, or several, appended to the error's `notes` array (Python's `__notes__`). */
  readonly notes?: string | Iterable<string>;
}

/** `notes` as an array of strings; `TypeError` (naming `api`) for anything else. */
export function toNotes(notes: unknown, api: string): string[] {
  if (notes === undefined) return [];
  if (typeof notes === 'string') return [notes];
  if ((typeof notes === 'object' || typeof notes === 'function') && notes !== null && Symbol.iterator in notes) {
    const out: string[] = [];
    for (const note of notes as Iterable<unknown>) {
      if (typeof note !== 'string') throw new TypeError(`${api}: notes must be strings, got ${describe(note)}`);
      out.push(note);
    }
    return out;
  }
  throw new TypeError(`${api}: notes must be a string or an iterable of strings, got ${describe(notes)}`);
}

/** Appends `notes` to `err.notes` (an own enumerable array, created when absent). */
export function addNotes(err: Error, notes: readonly string[]): void {
  if (notes.length === 0) return;
  const target = err as Error & { notes?: unknown };
  if (Array.isArray(target.notes)) (target.notes as unknown[]).push(...notes);
  else target.notes = [...notes];
}

/**
 * Attaches a `cause` and notes to an error and returns it (Python's `prepare_exception`).
 *
 * @remarks
 * `notes`: a string is one note; each string of an iterable is one note; they are appended to `err.notes`
 * (an own array property, created when absent; Python's `__notes__`). `cause`, unless `undefined`, becomes an
 * own writable, configurable, non-enumerable `cause`, like the standard `{ cause }` option sets.
 *
 * @param err - The error to prepare.
 * @param opts - The `cause` and `notes` to attach.
 * @returns `err` itself.
 * @throws `TypeError` when `err` is not an `Error` or a note is not a string.
 *
 * @example
 * ```ts
 * import { prepareException } from '@asyncutils/exceptions';
 *
 * const err = prepareException(new Error('write failed'), { cause: new Error('closed'), notes: 'while flushing' });
 * err.notes; // ['while flushing']
 * ```
 */
export function prepareException<E extends Error>(err: E, opts?: PrepareExceptionOptions): E {
  const api = 'asyncutils.exceptions.prepareException';
  if (!isErrorLike(err)) throw new TypeError(`${api}: cannot prepare non-error: ${describe(err)}`);
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) throw new TypeError(`${api}: options must be an object, got ${describe(opts)}`);
  const notes = toNotes(opts?.notes, api);
  const cause = opts?.cause;
  if (cause !== undefined) Object.defineProperty(err, 'cause', { value: cause, writable: true, enumerable: false, configurable: true });
  addNotes(err, notes);
  return err;
}
