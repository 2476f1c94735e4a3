import { addAuditHook } from '@asyncutils/audit';
import { describe, expect, it } from 'vitest';
import { raiseExc } from '../src/raiseExc.js';
import { thrown } from './support/harness.js';
import { record, veto } from './support/hooks.js';

type Noted = Error & { notes?: string[] };

describe('raiseExc', () => {
  it('check 24: constructs, prepares and throws', () => {
    const k = new Error('k');
    const err = thrown(() => raiseExc(RangeError, ['message'], { cause: k, notes: 'note' })) as Noted;
    expect(err).toBeInstanceOf(RangeError);
    expect(err.message).toBe('message');
    expect(err.cause).toBe(k);
    expect(err.notes).toEqual(['note']);
    const bare = thrown(() => raiseExc(TypeError, undefined as unknown as [])) as Error;
    expect(bare).toBeInstanceOf(TypeError);
    expect(bare.message).toBe('');
  });

  it('throws an instance as is', () => {
    const e = new Error('e');
    expect(thrown(() => raiseExc(e))).toBe(e);
    expect((thrown(() => raiseExc(e, { notes: 'n' })) as Noted).notes).toEqual(['n']);
  });

  it('check 24: a hook sees the prepared instance before it is thrown and may annotate it', () => {
    const seen: [string, readonly unknown[]][] = [];
    const off = addAuditHook((event, args) => {
      if (event !== 'asyncutils.exceptions.raise_exc') return;
      seen.push([event, args]);
      const [err] = args as [Noted];
      expect(err.notes).toEqual(['note']);
      err.notes?.push('from hook');
    });
    try {
      const err = thrown(() => raiseExc(RangeError, ['message'], { notes: 'note' })) as Noted;
      expect(seen).toEqual([['asyncutils.exceptions.raise_exc', [err]]]);
      expect(seen[0]![1][0]).toBe(err);
      expect(err.notes).toEqual(['note', 'from hook']);
    } finally {
      off();
    }
  });

  it('check 24: a throwing hook makes raiseExc throw the hook error', () => {
    const h = new Error('h');
    using _ = veto(h);
    expect(thrown(() => raiseExc(new Error('exc')))).toBe(h);
  });

  it('check 24: extra arguments after an instance throw TypeError and raise nothing', () => {
    using rec = record();
    const err = thrown(() => raiseExc(new Error(), [1] as never));
    expect(err).toBeInstanceOf(TypeError);
    expect(err).toHaveProperty('message', 'asyncutils.exceptions.raise_exc: no additional arguments were expected');
    expect(rec.events).toEqual([]);
  });

  it('constructor errors propagate; bad arguments throw TypeError before the event', () => {
    using rec = record();
    class Picky extends Error {
      constructor(x: number) {
        if (x < 0) throw new RangeError('negative');
        super(String(x));
      }
    }
    expect(() => raiseExc(Picky, [-1])).toThrow('negative');
    expect(() => raiseExc(Picky, 1 as never)).toThrow(/constructor arguments must be an array/);
    expect(() => raiseExc({} as Error)).toThrow(/cannot prepare non-error/);
    expect(rec.events).toEqual([]);
  });
});
