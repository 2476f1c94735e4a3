import { describe, expect, it, vi } from 'vitest';
import { Critical, Deadlock } from '../src/errors/critical.js';
import { unnestReverse } from '../src/unnestReverse.js';
import { thrown } from './support/harness.js';
import { record, veto } from './support/hooks.js';

const a = new SyntaxError('a');
const b = new RangeError('b');
const c = new TypeError('c');
const d = new Deadlock('d');

describe('unnestReverse', () => {
  it('check 17: upstream test port', () => {
    expect([...unnestReverse(new AggregateError([a, b, c, d]), { filterOut: SyntaxError, raiseCritical: false })]).toEqual([c, b]);
    const err = thrown(() => [...unnestReverse(new AggregateError([a, b, c, d]), { filterOut: SyntaxError })]);
    expect((err as Critical).exc).toBe(d);
  });

  it('check 18: depth-first, right to left', () => {
    const [e1, e2, e3, e4] = [1, 2, 3, 4].map((n) => new Error(`e${n}`));
    expect([...unnestReverse([new AggregateError([e1, new AggregateError([e2, e3])]), e4])]).toEqual([e4, e3, e2, e1]);
  });

  it('check 19: raises asyncutils.exceptions.unnest_reverse with the initial length; a throwing hook vetoes', () => {
    {
      using rec = record();
      unnestReverse([new AggregateError([a, b, c, d]), a]);
      unnestReverse(b);
      expect(rec.events).toEqual([
        ['asyncutils.exceptions.unnest_reverse', [5]],
        ['asyncutils.exceptions.unnest_reverse', [1]],
      ]);
    }
    const h = new Error('vetoed');
    const predicate = vi.fn(() => true);
    using _ = veto(h);
    expect(thrown(() => unnestReverse([a, b], { predicate }))).toBe(h);
    expect(predicate).not.toHaveBeenCalled();
  });

  it('check 21: a sent value is processed next', () => {
    const [e1, e2, x, y] = ['e1', 'e2', 'x', 'y'].map((m) => new Error(m));
    const it = unnestReverse([e1, e2]);
    expect(it.next().value).toBe(e2);
    expect(it.next(new AggregateError([x, y])).value).toBe(y);
    expect(it.next().value).toBe(x);
    expect(it.next().value).toBe(e1);
    expect(it.next().done).toBe(true);
  });
});
