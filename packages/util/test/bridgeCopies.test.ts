import { describe, expect, it } from 'vitest';
import { ASYNC_COPY, SYNC_COPY, storeCopy, storedCopy } from '../src/bridgeCopies.js';

describe('bridgeCopies (internal)', () => {
  it('stores copies as hidden, frozen, symbol-keyed own properties shared across package copies', () => {
    const f = (): number => 1;
    const copy = (): number => 2;
    storeCopy(f, SYNC_COPY, copy);
    expect(storedCopy(f, SYNC_COPY)).toBe(copy);
    expect(storedCopy(f, ASYNC_COPY)).toBeUndefined();
    expect(Object.keys(f)).toEqual([]);
    const desc = Object.getOwnPropertyDescriptor(f, SYNC_COPY);
    expect(desc).toMatchObject({ enumerable: false, writable: false, configurable: false });
    expect(SYNC_COPY).toBe(Symbol.for('asyncutils.util.toAsync.syncCopy'));
    expect(ASYNC_COPY).toBe(Symbol.for('asyncutils.util.toSync.asyncCopy'));
  });

  it('ignores non-functions, inherited and non-function values', () => {
    expect(storedCopy(5, SYNC_COPY)).toBeUndefined();
    const parent = (): void => {};
    storeCopy(parent, SYNC_COPY, () => 0);
    const child = Object.setPrototypeOf(() => {}, parent) as () => void;
    expect(storedCopy(child, SYNC_COPY)).toBeUndefined();
    const g = (): void => {};
    Object.defineProperty(g, ASYNC_COPY, { value: 42 });
    expect(storedCopy(g, ASYNC_COPY)).toBeUndefined();
  });
});
