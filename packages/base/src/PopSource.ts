// `PopSource<T>` and `ShiftSource<T>`: containers `adisembowel`/`adisembowelLeft` drain by popping.

/**
 * A container that {@link adisembowel} (and `safeCancelBatch` with `disembowel`) empties from the end:
 * `pop()` plus a numeric `length` or `size`, and optionally `clear()` (called, and awaited when it
 * returns a thenable, once the container is empty). Arrays qualify.
 *
 * @typeParam T - The item type.
 *
 * @example
 * ```ts
 * import { adisembowel, type PopSource } from '@asyncutils/base';
 *
 * class Stack<T> {
 *   #items: T[] = [];
 *   get size(): number { return this.#items.length; }
 *   push(item: T): void { this.#items.push(item); }
 *   pop(): T { return this.#items.pop() as T; }
 * }
 * const stack = new Stack<string>();
 * stack.push('a');
 * const source: PopSource<string> = stack;
 * for await (const item of adisembowel(source)) console.log(item); // 'a'
 * ```
 */
export type PopSource<T> = ({ pop(): T; readonly length: number } | { pop(): T; readonly size: number }) & {
  /** Called once the container is empty (awaited if it returns a thenable). */
  clear?(): unknown;
};

/**
 * A container that {@link adisembowelLeft} empties from the front: `shift()` plus a numeric `length` or
 * `size`, and optionally `clear()`. Arrays qualify. (Python's `SupportsPopLeft` with `popleft`.)
 *
 * @typeParam T - The item type.
 *
 * @example
 * ```ts
 * import { adisembowelLeft, type ShiftSource } from '@asyncutils/base';
 *
 * const items = [1, 2];
 * const queue: ShiftSource<number> = { get length() { return items.length; }, shift: () => items.shift() as number };
 * for await (const n of adisembowelLeft(queue)) console.log(n); // 1, 2
 * ```
 */
export type ShiftSource<T> = ({ shift(): T; readonly length: number } | { shift(): T; readonly size: number }) & {
  /** Called once the container is empty (awaited if it returns a thenable). */
  clear?(): unknown;
};
