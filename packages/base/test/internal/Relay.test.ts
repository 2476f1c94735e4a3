import { describe, expect, it } from 'vitest';
import { Relay } from '../../src/internal/Relay.js';
import { SourceIterator } from '../../src/internal/SourceIterator.js';
import type { Step } from '../../src/internal/steps.js';
import { counting } from '../support/helpers.js';

class PassThrough extends Relay<number, number> {
  next(): Step<number> {
    return this.finished ? this.finish() : this.src.next();
  }
}

describe('internal/Relay', () => {
  it('return() closes the source once; later calls just finish', () => {
    const items = counting([1, 2]);
    const relay = new PassThrough(new SourceIterator<number>(items, false, 'f'));
    relay.next();
    expect(relay.return(3)).toEqual({ done: true, value: 3 });
    expect(relay.return()).toEqual({ done: true, value: undefined });
    expect(items.returned).toBe(1);
    expect(relay.next()).toEqual({ done: true, value: undefined });
  });

  it('throw() closes the source and rethrows; a second throw() just rethrows', () => {
    const items = counting([1, 2]);
    const relay = new PassThrough(new SourceIterator<number>(items, false, 'f'));
    relay.next();
    const e = new Error('e');
    expect(() => relay.throw(e)).toThrow(e);
    expect(() => relay.throw(e)).toThrow(e);
    expect(items.returned).toBe(1);
  });

  it('return() of an async source resolves once it is closed', async () => {
    let closed = false;
    async function* g(): AsyncGenerator<number> {
      try {
        yield 1;
        yield 2;
      } finally {
        closed = true;
      }
    }
    const relay = new PassThrough(new SourceIterator<number>(g(), true, 'f'));
    await relay.next();
    expect(await relay.return()).toEqual({ done: true, value: undefined });
    expect(closed).toBe(true);
  });
});
