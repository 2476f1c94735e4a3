// `validateValue(api, name, kind, value)`: the one validation of every write (contexts, scopes, overrides).
import type { ContextValueKind } from './ContextValues.js';
import { describeValue } from './describeValue.js';

const kindDescriptions: Readonly<Record<ContextValueKind, string>> = {
  integer: 'a safe integer',
  number: 'a finite number',
  duration: 'a number of ms >= 0, or Infinity',
  'duration?': 'a number of ms >= 0, Infinity, or null',
  boolean: 'a boolean',
  string: 'a string',
  adjmap: 'an array of [threshold, [4 finite numbers]] rows',
  timeouts: 'an array of exactly 3 durations in ms or nulls',
  'int-pair': 'an array of exactly 2 safe integers >= 0',
  signals: 'an array of signal numbers (safe integers >= 1) or names starting with SIG',
};

/** What went wrong where, collected before the message is built. */
class Invalid {
  constructor(
    readonly kind: 'type' | 'range',
    readonly value: unknown,
    readonly path: string,
  ) {}
}

const typeError = (value: unknown, path: string): never => {
  throw new Invalid('type', value, path);
};
const rangeError = (value: unknown, path: string): never => {
  throw new Invalid('range', value, path);
};

function integer(value: unknown, path: string, min: number): number {
  if (typeof value !== 'number') return typeError(value, path);
  if (!Number.isSafeInteger(value) || value < min) return rangeError(value, path);
  return value;
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number') return typeError(value, path);
  if (!Number.isFinite(value)) return rangeError(value, path);
  return value;
}

function duration(value: unknown, path: string): number {
  if (typeof value !== 'number') return typeError(value, path);
  if (Number.isNaN(value) || value < 0) return rangeError(value, path);
  return value;
}

function array(value: unknown, path: string, length?: number): readonly unknown[] {
  if (!Array.isArray(value) || (length !== undefined && value.length !== length)) return typeError(value, path);
  return value as readonly unknown[];
}

/** A frozen copy of `items` mapped through `check`, which receives each item and its path. */
function frozenCopy<T>(items: readonly unknown[], path: string, check: (item: unknown, path: string) => T): readonly T[] {
  const copy: T[] = [];
  for (let i = 0; i < items.length; i++) copy.push(check(items[i], `${path}[${i}]`));
  return Object.freeze(copy);
}

function check(kind: ContextValueKind, value: unknown): unknown {
  switch (kind) {
    case 'integer':
      return integer(value, '', Number.MIN_SAFE_INTEGER);
    case 'number':
      return finite(value, '');
    case 'duration':
      return duration(value, '');
    case 'duration?':
      return value === null ? null : duration(value, '');
    case 'boolean':
    case 'string':
      return typeof value === kind ? value : typeError(value, '');
    case 'adjmap':
      return frozenCopy(array(value, ''), '', (row, at) => {
        const [threshold, params] = array(row, at, 2);
        return Object.freeze([finite(threshold, `${at}[0]`), frozenCopy(array(params, `${at}[1]`, 4), `${at}[1]`, finite)]);
      });
    case 'timeouts':
      return frozenCopy(array(value, '', 3), '', (item, at) => (item === null ? null : duration(item, at)));
    case 'int-pair':
      return frozenCopy(array(value, '', 2), '', (item, at) => integer(item, at, 0));
    case 'signals':
      return frozenCopy(array(value, ''), '', (item, at) => {
        if (typeof item === 'string') return item.startsWith('SIG') ? item : rangeError(item, at);
        return integer(item, at, 1);
      });
  }
}

/**
 * Validates `value` for the constant `name` of kind `kind` and returns the value to store: the value
 * itself for scalars, a deep-frozen copy for arrays (so the caller's array stays independent).
 *
 * @param api - The qualified API name that starts the error message (`asyncutils.context.Context`).
 * @param name - The constant's name, for the message.
 * @param kind - The constant's kind.
 * @param value - The value to check.
 * @returns The value to store.
 * @throws TypeError for a value of the wrong type or shape (an array of the wrong length);
 * RangeError for a value of the right type out of range. The message reads
 * `<api>: <NAME> expects <kind> (<what that is>), got <value>`, plus the position of a bad array element.
 *
 * @example
 * ```ts
 * validateValue('asyncutils.context.Context', 'CIRCUIT_BREAKER_DEFAULT_RESET', 'duration', -1);
 * // RangeError: asyncutils.context.Context: CIRCUIT_BREAKER_DEFAULT_RESET expects duration
 * //   (a number of ms >= 0, or Infinity), got number -1
 * ```
 */
export function validateValue(api: string, name: string, kind: ContextValueKind, value: unknown): unknown {
  try {
    return check(kind, value);
  } catch (error) {
    /* v8 ignore next */
    if (!(error instanceof Invalid)) throw error;
    const where = error.path === '' ? '' : ` at ${name}${error.path}`;
    const message = `${api}: ${name} expects ${kind} (${kindDescriptions[kind]}), got ${describeValue(error.value)}${where}`;
    throw error.kind === 'type' ? new TypeError(message) : new RangeError(message);
  }
}
