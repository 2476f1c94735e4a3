// Test plumbing: a minimal FIFO lock of the mixins `AsyncLockLike` shape (for Releasing, independent of
// @asyncutils/locks).
import type { AsyncLockLike } from '@asyncutils/mixins';

export class FifoLock implements AsyncLockLike {
  #held = false;
  readonly #waiters: (() => void)[] = [];
  readonly log: string[] = [];

  acquire(): Promise<boolean> {
    this.log.push('acquire');
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => this.#waiters.push(() => resolve(true)));
  }

  release(): void {
    this.log.push('release');
    if (!this.#held) throw new Error('FifoLock: not held');
    const next = this.#waiters.shift();
    if (next) next();
    else this.#held = false;
  }

  locked(): boolean {
    return this.#held;
  }
}
