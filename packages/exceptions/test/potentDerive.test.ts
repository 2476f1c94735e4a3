import { describe, expect, it } from 'vitest';
import { Critical, Deadlock } from '../src/errors/critical.js';
import { potentDerive } from '../src/potentDerive.js';
import { thrown } from './support/harness.js';
import { record, veto } from './support/hooks.js';

const a = new SyntaxError('a');
const b = new RangeError('b');
const c = new TypeError('c');
const d = new Deadlock('d');
const group = new AggregateError([a, b, c, d], 'group message');

describe('potentDerive', () => {
  it('check 22: a new AggregateError, reversed by default, with the first group message', () => {
    const derived = potentDerive(group, { raiseCritical: false });
    expect(derived).toBeInstanceOf(AggregateError);
    expect(derived).not.toBe(group);
    expect(derived.message).toBe('group message');
    expect(derived.errors).toEqual([c, b, a]);
    expect(potentDerive(group, { raiseCritical: false, ordered: true }).errors).toEqual([a, b, c]);
  });

  it('regression: a group first item is filtered too (upstream returned it unfiltered)', () => {
    const filtered = potentDerive(group, { raiseCritical: false, filterOut: SyntaxError, ordered: true });
    expect(filtered.errors).toEqual([b, c]);
    expect(filtered).not.toBe(group);
  });

  it('check 22: without a message the first item must be an AggregateError (TypeError, nothing raised)', () => {
    using rec = record();
    const err = thrown(() => potentDerive(new Error('x')));
    expect(err).toBeInstanceOf(TypeError);
    expect(err).toHaveProperty('message', 'asyncutils.exceptions.potentDerive: message is required when the first error is not an AggregateError');
    expect(() => potentDerive([new Error('x'), group])).toThrow(TypeError);
    expect(rec.events).toEqual([]);
    expect(potentDerive([group, a], { message: 'm', raiseCritical: false }).errors).toEqual([a, c, b, a]);
    expect(potentDerive([new AggregateError([a], 'first'), b]).message).toBe('first');
  });

  it('check 22: message, notes and cause', () => {
    const k = new Error('k');
    const derived = potentDerive(group, { raiseCritical: false, message: 'm', notes: 'n', cause: k });
    expect(derived.message).toBe('m');
    expect((derived as AggregateError & { notes?: string[] }).notes).toEqual(['n']);
    expect(derived.cause).toBe(k);
    expect(Object.hasOwn(potentDerive(group, { raiseCritical: false }), 'cause')).toBe(false);
    expect((potentDerive(group, { raiseCritical: false, notes: ['x', 'y'] }) as AggregateError & { notes?: string[] }).notes).toEqual(['x', 'y']);
    expect(Object.hasOwn(potentDerive(group, { raiseCritical: false }), 'notes')).toBe(false);
  });

  it('raises the event of the generator it uses; a throwing hook vetoes', () => {
    {
      using rec = record();
      potentDerive(group, { raiseCritical: false });
      potentDerive(group, { raiseCritical: false, ordered: true });
      expect(rec.events).toEqual([
        ['asyncutils.exceptions.unnest_reverse', [4]],
        ['asyncutils.exceptions.unnest', [4]],
      ]);
    }
    const h = new Error('h');
    using _ = veto(h);
    expect(thrown(() => potentDerive(group, { raiseCritical: false }))).toBe(h);
  });

  it('raises Critical by default and rejects bad options before any event', () => {
    expect(thrown(() => potentDerive(group))).toBeInstanceOf(Critical);
    using rec = record();
    expect(() => potentDerive(group, 5 as never)).toThrow(TypeError);
    expect(() => potentDerive(group, { ordered: 'yes' as never })).toThrow(/ordered must be a boolean/);
    expect(() => potentDerive(group, { message: 5 as never })).toThrow(/message must be a string/);
    expect(() => potentDerive(group, { notes: [5] as never })).toThrow(/notes must be strings/);
    expect(() => potentDerive(group, { predicate: 5 as never })).toThrow(/predicate must be a function/);
    expect(rec.events).toEqual([]);
  });
});
