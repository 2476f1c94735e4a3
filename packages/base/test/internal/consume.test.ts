import { describe, expect, it } from 'vitest';
import { consume } from '../../src/internal/consume.js';
import { SourceIterator } from '../../src/internal/SourceIterator.js';
import { Take } from '../../src/internal/Take.js';
import { counting } from '../support/helpers.js';

describe('internal/consume', () => {
  it('reads to the end; a throwing sink closes the iterator and propagates', async () => {
    const got: number[] = [];
    await consume(new SourceIterator<number>([1, 2], false, 'f'), (x) => void got.push(x));
    expect(got).toEqual([1, 2]);
    const items = counting([1, 2, 3]);
    const boom = new Error('sink');
    await expect(
      consume(new Take<number, number>(new SourceIterator<number>(items, false, 'f'), null, false, undefined, 'm'), () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(items.returned).toBe(1);
  });
});
