import { describe, expect, it } from 'vitest';
import { compareRanks, WaiterList, type WaiterNode } from '../src/waiters.js';

const node = (rank: readonly number[] | null, name: string): WaiterNode & { name: string } => ({ prev: null, next: null, rank, name });

function names(list: WaiterList<WaiterNode & { name: string }>): string[] {
  const out: string[] = [];
  for (let n = list.head; n !== null; n = n.next as typeof n) out.push(n.name);
  const back: string[] = [];
  for (let n = list.tail; n !== null; n = n.prev as typeof n) back.push(n.name);
  expect(back.reverse()).toEqual(out);
  return out;
}

describe('compareRanks', () => {
  it('compares lexicographically; a proper prefix sorts first', () => {
    expect(compareRanks([0, 1], [0, 2])).toBeLessThan(0);
    expect(compareRanks([1], [0, 9])).toBeGreaterThan(0);
    expect(compareRanks([1, 2], [1, 2])).toBe(0);
    expect(compareRanks([1], [1, 0])).toBeLessThan(0);
    expect(compareRanks([-2, 5], [-1, 0])).toBeLessThan(0);
  });
});

describe('WaiterList', () => {
  it('push / remove keep both directions consistent (O(1) removal anywhere)', () => {
    const list = new WaiterList<WaiterNode & { name: string }>();
    const [a, b, c] = [node(null, 'a'), node(null, 'b'), node(null, 'c')];
    list.push(a);
    list.push(b);
    list.push(c);
    expect(names(list)).toEqual(['a', 'b', 'c']);
    list.remove(b);
    expect(names(list)).toEqual(['a', 'c']);
    list.remove(a);
    expect(names(list)).toEqual(['c']);
    list.remove(c);
    expect(list.head).toBeNull();
    expect(list.tail).toBeNull();
    expect(c.prev).toBeNull();
    expect(c.next).toBeNull();
  });

  it('insert keeps rank order, stable for equal ranks, at the head, middle and tail', () => {
    const list = new WaiterList<WaiterNode & { name: string }>();
    list.insert(node([5], 'p5'));
    list.insert(node([1], 'p1'));
    list.insert(node([3], 'p3'));
    list.insert(node([3], 'p3b'));
    list.insert(node([9], 'p9'));
    list.insert(node([0], 'p0'));
    list.insert(node(null, 'tail'));
    expect(names(list)).toEqual(['p0', 'p1', 'p3', 'p3b', 'p5', 'p9', 'tail']);
  });
});
