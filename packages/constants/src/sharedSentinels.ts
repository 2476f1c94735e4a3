// The realm-wide sentinel record: one `RAISE` and one `NO_COALESCE` per JavaScript realm, shared by every
// copy of this package (ESM and CJS builds, several installed versions) through a `Symbol.for` key on
// `globalThis`. Internal: `RAISE` and `NO_COALESCE` are read from the record resolved here.
import type { NoCoalesceSentinel } from './NO_COALESCE.js';
import { createInternalSentinel } from './InternalSentinel.js';
import type { RaiseSentinel } from './RAISE.js';
import { SentinelBase } from './SentinelBase.js';

/**
 * The object stored on `globalThis` under `Symbol.for('@asyncutils/constants')`.
 *
 * Schema version 1 is frozen: every copy, old or new, reads `RAISE` and `NO_COALESCE` from it. A later
 * version may add members (and raise `version`) but must keep these; an incompatible schema needs a new key.
 */
export interface SentinelRecord {
  /** The schema version: `1` here. Copies accept any integer `>= 1`. */
  readonly version: number;
  readonly RAISE: RaiseSentinel;
  readonly NO_COALESCE: NoCoalesceSentinel;
}

/** The names of the shared sentinels. */
export type SharedSentinelName = 'RAISE' | 'NO_COALESCE';

/** The `globalThis` key of the record. */
export const recordKey: symbol = Symbol.for('@asyncutils/constants');

/** The record this copy resolved on first use. */
let cached: SentinelRecord | undefined;

/**
 * One shared sentinel, resolving (and, in the first copy of the realm, creating) the record on first use.
 *
 * @throws TypeError when `globalThis` holds something other than a compatible record under the key.
 */
export function sharedSentinel<K extends SharedSentinelName>(key: K): SentinelRecord[K] {
  cached ??= resolveRecord();
  return cached[key];
}

function resolveRecord(): SentinelRecord {
  const existing: unknown = (globalThis as Record<symbol, unknown>)[recordKey];
  if (existing !== undefined) {
    if (isCompatibleRecord(existing)) return existing;
    throw new TypeError(
      "asyncutils.constants: incompatible sentinel record on globalThis under Symbol.for('@asyncutils/constants'); another program stored something else there",
    );
  }
  const record: SentinelRecord = Object.freeze({
    version: 1,
    RAISE: createInternalSentinel('RAISE') as RaiseSentinel,
    NO_COALESCE: createInternalSentinel('NO_COALESCE') as NoCoalesceSentinel,
  });
  try {
    Object.defineProperty(globalThis, recordKey, { value: record, writable: false, enumerable: false, configurable: false });
  } catch {
    // A frozen (or otherwise locked) globalThis: this copy keeps its sentinels to itself.
  }
  return record;
}

/** Whether `value` is a version 1 or later record whose two sentinels are branded and correctly named. */
function isCompatibleRecord(value: unknown): value is SentinelRecord {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const { version, RAISE, NO_COALESCE } = value as Partial<Record<keyof SentinelRecord, unknown>>;
    return (
      typeof version === 'number' &&
      Number.isInteger(version) &&
      version >= 1 &&
      isSentinelNamed(RAISE, 'asyncutils.constants.RAISE') &&
      isSentinelNamed(NO_COALESCE, 'asyncutils.constants.NO_COALESCE')
    );
  } catch {
    // A hostile getter or Proxy trap: not a record this copy can use.
    return false;
  }
}

function isSentinelNamed(value: unknown, name: string): boolean {
  return value instanceof SentinelBase && (value as SentinelBase).name === name;
}
