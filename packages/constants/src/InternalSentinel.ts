// `InternalSentinel`: the sealed subclass whose only instances are the library's own sentinels (`RAISE`,
// `NO_COALESCE`). Internal: users reach the class only as `RAISE.constructor`, and cannot use it.
import { SentinelBase } from './SentinelBase.js';

/** Set only while `createInternalSentinel` runs, so user code can never construct the class. */
let creating = false;

/**
 * Whether `cls` is `InternalSentinel` itself (outside the class body, so bundlers keep the class's name).
 */
function isInternalSentinel(cls: unknown): boolean {
  return cls === InternalSentinel;
}

/** The type of the library's own sentinels: not constructible and not subclassable by users. */
export class InternalSentinel extends SentinelBase {
  /**
   * @throws TypeError `cannot subclass the type of asyncutils-internal sentinels` when constructing a
   *   subclass; `cannot instantiate 'asyncutils.constants.InternalSentinel'` for any other construction.
   */
  constructor(name?: string) {
    if (!isInternalSentinel(new.target)) throw new TypeError('cannot subclass the type of asyncutils-internal sentinels');
    if (!creating) throw new TypeError("cannot instantiate 'asyncutils.constants.InternalSentinel'");
    super(name, { module: 'asyncutils.constants' });
  }
}

/**
 * Creates (or returns the cached) internal sentinel named `asyncutils.constants.<back>`. Called only by
 * `sharedSentinels`, once per realm.
 */
export function createInternalSentinel(back: string): InternalSentinel {
  creating = true;
  try {
    return new InternalSentinel(back);
  } finally {
    creating = false;
  }
}
