import { describe, expect, it, vi } from 'vitest';
import { AnyError } from '../src/categories.js';
import { Critical, Deadlock } from '../src/errors/critical.js';
import { unnest } from '../src/unnest.js';
import { thrown } from './support/harness.js';
import { record, veto } from './support/hooks.js';

const a = new SyntaxError('a');
const b = new RangeError('b');
const c = new TypeError('c');
const d = new Deadlock('d');
const group = (): AggregateError => new AggregateError([a, b, c, d]);

describe('unnest', () => {
  it('check 17: upstream test port', () => {
    expect([...unnest(group(), { filterOut: SyntaxError, raiseCritical: false })]).toEqual([b, c]);
    const it = unnest(group(), { filterOut: SyntaxError });
    expect(it.next().value).toBe(b);
    expect(it.next().value).toBe(c);
    const err = thrown(() => it.next());
    expect(err).toBeInstanceOf(Critical);
    expect((err as Critical).exc).toBe(d);
  });

  it('check 18: depth-first, left to right; non-errors are not typical', () => {
    const [e1, e2, e3, e4] = [1, 2, 3, 4].map((n) => new Error(`e${n}`));
    expect([...unnest([new AggregateError([e1, new AggregateError([e2, e3])]), e4])]).toEqual([e1, e2, e3, e4]);
    const ack3 = vi.fn();
    expect([...unnest([e1, 's'], { ack3 })]).toEqual([e1]);
    expect(ack3).toHaveBeenCalledExactlyOnceWith('s');
    expect([...unnest([e1, 's'], { keep: AnyError })]).toEqual([e1, 's']);
  });

  it('check 19: raises asyncutils.exceptions.unnest with the initial length, synchronously at the call', () => {
    using rec = record();
    const e5 = new Error('e5');
    const it = unnest(group());
    expect(rec.events).toEqual([['asyncutils.exceptions.unnest', [4]]]);
    unnest([group(), e5]);
    unnest(e5);
    expect(rec.events.slice(1)).toEqual([
      ['asyncutils.exceptions.unnest', [5]],
      ['asyncutils.exceptions.unnest', [1]],
    ]);
    it.return();
    expect(rec.events).toHaveLength(3);
  });

  it('regression: the event is raised at the call, before the generator exists (upstream: at the first next())', () => {
    using rec = record();
    const it = unnest([a, b]);
    expect(rec.events).toHaveLength(1);
    [...it];
    expect(rec.events).toHaveLength(1);
  });

  it('check 19: a throwing hook makes the call throw and nothing is processed', () => {
    const h = new Error('vetoed');
    const predicate = vi.fn(() => true);
    const ack3 = vi.fn();
    {
      using _ = veto(h);
      expect(thrown(() => unnest(group(), { predicate, ack3 }))).toBe(h);
    }
    expect(predicate).not.toHaveBeenCalled();
    expect(ack3).not.toHaveBeenCalled();
  });

  it('options are validated before the event', () => {
    using rec = record();
    expect(() => unnest(group(), { predicate: 5 as never })).toThrow(TypeError);
    expect(rec.events).toEqual([]);
  });

  it('check 20: each callback receives its error exactly once', () => {
    const ack1 = vi.fn();
    const ack2 = vi.fn();
    const ack3 = vi.fn();
    const out = [...unnest(group(), { filterOut: SyntaxError, predicate: (e) => (e as Error).message !== 'b', raiseCritical: false, ack1, ack2, ack3 })];
    expect(out).toEqual([c]);
    expect(ack1).toHaveBeenCalledExactlyOnceWith(a);
    expect(ack2).toHaveBeenCalledExactlyOnceWith(b);
    expect(ack3).toHaveBeenCalledExactlyOnceWith(d);
  });

  it('check 21: a value sent with next() is processed (and flattened) next', () => {
    const [e1, e2, x, y] = ['e1', 'e2', 'x', 'y'].map((m) => new Error(m));
    const it = unnest([e1, e2]);
    expect(it.next().value).toBe(e1);
    expect(it.next(new AggregateError([x, y])).value).toBe(x);
    expect(it.next().value).toBe(y);
    expect(it.next(null).value).toBe(e2);
    expect(it.next().done).toBe(true);
  });

  it('a critical error nested deep inside is still found', () => {
    const it = unnest([new AggregateError([new AggregateError([d])])]);
    expect((thrown(() => it.next()) as Critical).exc).toBe(d);
    const wrapped = new Critical(d);
    expect((thrown(() => [...unnest(wrapped)]) as Critical).exc).toBe(d);
  });
});
