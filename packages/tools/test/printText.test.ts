import { describe, expect, it } from 'vitest';
import { printText } from '../src/printText.js';
import { collectingSink } from './support/sink.js';

describe('printText', () => {
  it('writes the text exactly once, then flushes by default', () => {
    const events: string[] = [];
    const sink = collectingSink(events);
    printText('api', 'a\nb', sink, undefined);
    expect(sink.chunks).toEqual(['a\nb']);
    expect(events).toEqual(['write', 'flush']);
  });

  it('does not flush with flush: false, and accepts streams without flush', () => {
    const sink = collectingSink();
    printText('api', 'x', sink, { flush: false });
    expect(sink.flushes).toBe(0);
    const written: string[] = [];
    printText('api', 'y', { write: (t: string) => written.push(t) }, { flush: true });
    expect(written).toEqual(['y']);
  });

  it('rejects a stream without write and a non-boolean flush, writing nothing', () => {
    expect(() => printText('asyncutils.tools.x', 't', null as unknown as { write(): void }, undefined)).toThrow(
      new TypeError('asyncutils.tools.x: stream must have a write method, not null'),
    );
    expect(() => printText('api', 't', {} as { write(): void }, undefined)).toThrow(/not Object/);
    const sink = collectingSink();
    expect(() => printText('api', 't', sink, { flush: 1 as unknown as boolean })).toThrow(/flush must be a boolean, not number/);
    expect(sink.chunks).toEqual([]);
  });
});
