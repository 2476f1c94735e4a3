import { describe, expect, it } from 'vitest';
import { adisembowel, adisembowelLeft } from '../src/index.js';
import { all, asyncSource, capture } from './support/helpers.js';

describe('adisembowel / adisembowelLeft', () => {
  it('check 8: adisembowel pops from the end and empties the array; adisembowelLeft shifts from the front', async () => {
    const a = [1, 2, 3];
    expect(await all(adisembowel(a))).toEqual([3, 2, 1]);
    expect(a).toEqual([]);
    const b = [1, 2, 3];
    expect(await all(adisembowelLeft(b))).toEqual([1, 2, 3]);
    expect(b).toEqual([]);
  });

  it('check 8: pop + size + async clear: clear is awaited after the last item', async () => {
    const log: string[] = [];
    const items = ['a', 'b'];
    let releaseClear!: () => void;
    const container = {
      get size() {
        return items.length;
      },
      pop: () => items.pop() as string,
      clear: () => {
        log.push('clear called');
        return new Promise<void>((resolve) => {
          releaseClear = () => {
            log.push('clear done');
            resolve();
          };
        });
      },
    };
    const gen = adisembowel(container);
    expect(await gen.next()).toEqual({ value: 'b', done: false });
    expect(await gen.next()).toEqual({ value: 'a', done: false });
    expect(log).toEqual([]);
    const last = gen.next();
    await Promise.resolve();
    expect(log).toEqual(['clear called']);
    let finished = false;
    void last.then(() => {
      finished = true;
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(finished).toBe(false);
    releaseClear();
    expect(await last).toEqual({ value: undefined, done: true });
    expect(log).toEqual(['clear called', 'clear done']);
  });

  it('a synchronous clear() is called once the container is empty', async () => {
    let cleared = 0;
    const items = [1];
    const container = { get length() { return items.length; }, shift: () => items.shift() as number, clear: () => void cleared++ };
    expect(await all(adisembowelLeft(container))).toEqual([1]);
    expect(cleared).toBe(1);
  });

  it('check 8: breaking out after the first item leaves 2 items and clear uncalled', async () => {
    let cleared = false;
    const items = Object.assign([1, 2, 3], { clear: () => void (cleared = true) });
    for await (const x of adisembowel(items)) {
      expect(x).toBe(3);
      break;
    }
    expect([...items]).toEqual([1, 2]);
    expect(cleared).toBe(false);
  });

  it('throw() stops at once too, rejecting with the error and leaving the rest', async () => {
    const items = [1, 2, 3];
    const gen = adisembowelLeft(items);
    await gen.next();
    const boom = new Error('boom');
    await expect(gen.throw(boom)).rejects.toBe(boom);
    expect(items).toEqual([2, 3]);
  });

  it('check 8: a Set (no pop) is iterated without being modified', async () => {
    const s = new Set([1, 2, 3]);
    expect(await all(adisembowel(s))).toEqual([1, 2, 3]);
    expect([...s]).toEqual([1, 2, 3]);
    expect(await all(adisembowelLeft(s))).toEqual([1, 2, 3]);
  });

  it('an async iterable without pop is iterated; return() closes it (for await semantics)', async () => {
    const { gen: source, closed } = asyncSource([1, 2, 3]);
    const gen = adisembowel(source);
    expect(await gen.next()).toEqual({ value: 1, done: false });
    await gen.return();
    expect(closed()).toBe(true);
  });

  it('pops one item per next(), lazily', async () => {
    const items = [1, 2, 3];
    const gen = adisembowel(items);
    expect(items).toHaveLength(3);
    await gen.next();
    expect(items).toEqual([1, 2]);
  });

  it('does not await promise items', async () => {
    const p = Promise.resolve('x');
    const [item] = await all(adisembowel([p]));
    expect(item).toBe(p);
  });

  it('a popping container without numeric length or size, or a non-iterable, is a TypeError at the call', () => {
    expect(() => adisembowel({ pop: () => 1 } as never)).toThrow(/asyncutils\.base\.adisembowel: Object has pop\(\) but neither a numeric length nor a numeric size/);
    expect(() => adisembowelLeft({ shift: () => 1, length: '2' } as never)).toThrow(/asyncutils\.base\.adisembowel_left: Object has shift\(\)/);
    expect(() => adisembowel(7 as never)).toThrow(/asyncutils\.base\.adisembowel: cannot iterate over number synchronously or asynchronously/);
  });

  it('check 21: raises no asyncutils.base.iter_to_agen', async () => {
    const { seen, off } = capture();
    try {
      await all(adisembowel([1]));
      await all(adisembowel(new Set([1])));
      await all(adisembowelLeft([1]));
      expect(seen).toEqual([]);
    } finally {
      off();
    }
  });
});
