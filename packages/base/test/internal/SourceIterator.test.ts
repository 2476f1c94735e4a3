import { describe, expect, it } from 'vitest';
import { closeIterator, sameValueZero, SourceIterator, YIELD_EVERY } from '../../src/internal/SourceIterator.js';
import { counting } from '../support/helpers.js';

describe('internal/SourceIterator', () => {
  it('sameValueZero', () => {
    expect(sameValueZero(0, -0)).toBe(true);
    expect(sameValueZero(Number.NaN, Number.NaN)).toBe(true);
    expect(sameValueZero(null, undefined)).toBe(false);
    expect(sameValueZero('1', 1)).toBe(false);
  });

  it('reads a sync source with plain steps, and yields a macrotask every YIELD_EVERY items', async () => {
    expect(YIELD_EVERY).toBe(1024);
    const src = new SourceIterator<number>(Array.from({ length: YIELD_EVERY + 1 }, (_, i) => i), false, 'f');
    for (let i = 0; i < YIELD_EVERY; i++) {
      const step = src.next();
      expect(step).not.toBeInstanceOf(Promise);
    }
    const pending = src.next();
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual({ done: false, value: YIELD_EVERY });
    expect(src.next()).toEqual({ done: true, value: undefined });
    expect(src.done).toBe(true);
  });

  it('a return() during the macrotask yield wins over the pending read', async () => {
    const items = counting(Array.from({ length: YIELD_EVERY + 5 }, (_, i) => i));
    const src = new SourceIterator<number>(items, false, 'f');
    for (let i = 0; i < YIELD_EVERY; i++) src.next();
    const pending = src.next();
    src.return();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(items.pulls).toBe(YIELD_EVERY);
    expect(items.returned).toBe(1);
  });

  it('finished iterators answer done, and throw() after finishing rethrows', () => {
    const src = new SourceIterator<number>([], false, 'f');
    expect(src.next()).toEqual({ done: true, value: undefined });
    expect(src.next()).toEqual({ done: true, value: undefined });
    const e = new Error('x');
    expect(() => src.throw(e)).toThrow(e);
    expect(src.return(5)).toEqual({ done: true, value: 5 });
  });

  it('return() before the first read does not open the source', () => {
    const items = counting([1]);
    const src = new SourceIterator<number>(items, false, 'f');
    expect(src.return()).toEqual({ done: true, value: undefined });
    expect(items.iterators).toBe(0);
  });

  it('async throw() into a source with throw() goes through the sentinel check', async () => {
    async function* g(): AsyncGenerator<string> {
      try {
        yield 'a';
      } catch {
        yield 'stop';
      }
    }
    const src = new SourceIterator<string>(g(), true, 'f', true, 'stop');
    expect(await src.next()).toEqual({ done: false, value: 'a' });
    expect(await src.throw(new Error('x'))).toEqual({ done: true, value: undefined });
    expect(src.done).toBe(true);
  });

  it('closeIterator calls return(value) when present', () => {
    const seen: unknown[] = [];
    expect(closeIterator({ next: () => ({ done: true, value: undefined }), return: (v?: unknown) => (seen.push(v), { done: true, value: v }) }, 7)).toEqual({ done: true, value: 7 });
    expect(seen).toEqual([7]);
    expect(closeIterator({ next: () => ({ done: true, value: undefined }) })).toBeUndefined();
  });
});
