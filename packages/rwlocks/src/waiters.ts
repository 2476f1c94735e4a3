// Internal: the intrusive doubly linked queue of waiting requests (O(1) append and removal, ordered insert).

/** A queue node: the links are owned by the {@link WaiterList} it is in. */
export interface WaiterNode {
  prev: WaiterNode | null;
  next: WaiterNode | null;
  /** Sort key of ordered queues (compared lexicographically); `null`: append in arrival order. */
  readonly rank: readonly number[] | null;
}

/** Lexicographic comparison of two ranks; a proper prefix sorts first. */
export function compareRanks(a: readonly number[], b: readonly number[]): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** A FIFO of nodes, or a queue sorted by rank (stable: equal ranks keep arrival order). */
export class WaiterList<N extends WaiterNode> {
  head: N | null = null;
  tail: N | null = null;

  /** Appends `node` at the tail. */
  push(node: N): void {
    node.prev = this.tail;
    node.next = null;
    if (this.tail === null) this.head = node;
    else this.tail.next = node;
    this.tail = node;
  }

  /**
   * Inserts `node` after every node whose rank is not greater than its own (scanning from the tail, so
   * the common case, arrivals with equal leading keys, costs O(1)). A `null` rank appends.
   */
  insert(node: N): void {
    const rank = node.rank;
    let after = this.tail as WaiterNode | null;
    if (rank !== null) {
      while (after !== null && after.rank !== null && compareRanks(rank, after.rank) < 0) after = after.prev;
    }
    if (after === this.tail) {
      this.push(node);
      return;
    }
    const before = after === null ? this.head : after.next;
    node.prev = after;
    node.next = before;
    if (after === null) this.head = node;
    else after.next = node;
    (before as WaiterNode).prev = node;
  }

  /** Unlinks `node`, which must be in this list. */
  remove(node: N): void {
    const { prev, next } = node;
    if (prev === null) this.head = next as N | null;
    else prev.next = next;
    if (next === null) this.tail = prev as N | null;
    else next.prev = prev;
    node.prev = node.next = null;
  }
}
