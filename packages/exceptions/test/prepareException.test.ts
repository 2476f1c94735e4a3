import { describe, expect, it } from 'vitest';
import { addNotes, prepareException, toNotes } from '../src/prepareException.js';
import { thrown } from './support/harness.js';

type Noted = Error & { notes?: string[] };

describe('prepareException', () => {
  it('check 23: notes are appended to an own notes array', () => {
    const e: Noted = new Error('e');
    expect(prepareException(e, { notes: 'note' })).toBe(e);
    expect(e.notes).toEqual(['note']);
    prepareException(e, { notes: ['a', 'b'] });
    expect(e.notes).toEqual(['note', 'a', 'b']);
    prepareException(e, { notes: new Set(['c']) });
    expect(e.notes).toEqual(['note', 'a', 'b', 'c']);
    expect(Object.getOwnPropertyDescriptor(e, 'notes')?.enumerable).toBe(true);
  });

  it('check 23: cause becomes a non-enumerable, writable, configurable own property', () => {
    const c = new Error('c');
    const e = prepareException(new Error('e'), { cause: c });
    expect(Object.getOwnPropertyDescriptor(e, 'cause')).toEqual({ value: c, writable: true, enumerable: false, configurable: true });
    prepareException(e, { cause: undefined });
    expect(e.cause).toBe(c);
    prepareException(e, { cause: null });
    expect(e.cause).toBeNull();
    expect(Object.hasOwn(prepareException(new Error('x')), 'cause')).toBe(false);
  });

  it('check 23: a non-error throws TypeError', () => {
    const err = thrown(() => prepareException({} as Error));
    expect(err).toBeInstanceOf(TypeError);
    expect(err).toHaveProperty('message', 'asyncutils.exceptions.prepareException: cannot prepare non-error: <Object>');
    expect(() => prepareException('x' as unknown as Error)).toThrow(TypeError);
  });

  it('accepts errors with the Error tag from another realm, and rejects bad notes and options', () => {
    const foreign = Object.create(null) as Error;
    expect(() => prepareException(foreign)).toThrow(TypeError);
    expect(() => prepareException(new Error(), { notes: [1] as never })).toThrow(/notes must be strings, got 1/);
    expect(() => prepareException(new Error(), { notes: 5 as never })).toThrow(/notes must be a string or an iterable of strings/);
    expect(() => prepareException(new Error(), 5 as never)).toThrow(/options must be an object/);
    const e: Noted = new Error();
    expect(() => prepareException(e, { notes: ['ok', 1] as never })).toThrow(TypeError);
    expect(e.notes).toBeUndefined();
  });

  it('toNotes and addNotes', () => {
    expect(toNotes(undefined, 'api')).toEqual([]);
    expect(toNotes('x', 'api')).toEqual(['x']);
    const e: Noted = new Error();
    addNotes(e, []);
    expect(Object.hasOwn(e, 'notes')).toBe(false);
    (e as { notes?: unknown }).notes = 'not an array';
    addNotes(e, ['n']);
    expect(e.notes).toEqual(['n']);
  });
});
