import { describe, expectTypeOf, it } from 'vitest';
import type { HistoryEntry } from '../src/HistoryEntry.js';

describe('HistoryEntry', () => {
  it('is a readonly [timestamp, value] pair', () => {
    expectTypeOf<HistoryEntry<string>>().toEqualTypeOf<readonly [timestamp: number, value: string]>();
    const entry: HistoryEntry<number> = [0, 1];
    // @ts-expect-error entries are readonly
    entry[1] = 2;
  });
});
