// Internal: the one FIFO of the package's waiters. A chain is circular and doubly linked, with the list itself as
// its sentinel, so appending and unlinking never branch and a waiter that leaves early is removed in O(1).

/**
 * A link of a chain; a list is the link that serves as its sentinel.
 * @internal
 */
export interface Link {
  /** Next link (the sentinel after the last one). */
  n: Link;
  /** Previous link. */
  p: Link;
}

/**
 * A new, empty list.
 * @internal
 */
export function chain<L extends Link = Link>(): L {
  const l = {} as L;
  l.n = l.p = l;
  return l;
}

/**
 * Appends `x` at the end of `l`.
 * @internal
 */
export function append(l: Link, x: Link): void {
  x.p = l.p;
  x.n = l;
  l.p.n = x;
  l.p = x;
}

/**
 * Unlinks `x` from its list (it is left linked to itself, so unlinking it again does nothing).
 * @internal
 */
export function unlink(x: Link): void {
  x.p.n = x.n;
  x.n.p = x.p;
  x.n = x.p = x;
}

/**
 * The first link of `l`, or `undefined` when the list is empty.
 * @internal
 */
export function first<L extends Link>(l: Link): L | undefined {
  return l.n === l ? undefined : (l.n as L);
}
