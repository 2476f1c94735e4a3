// Internal: the one-off guard `LockWithOwnerMixin.enter` resolves.
import type { OwnedLockGuard } from './LockGuard.js';
import type { LockWithOwnerMixin } from './LockWithOwnerMixin.js';
import { isThenable } from './thenable.js';

/**
 * A guard bound to an owner token: releases `lock` with `owner` once, however often it is released or
 * disposed.
 * @internal
 */
export class OwnedGuard<L extends LockWithOwnerMixin = LockWithOwnerMixin> implements OwnedLockGuard<L> {
  readonly lock: L;
  readonly owner: unknown;
  #released = false;

  constructor(lock: L, owner: unknown) {
    this.lock = lock;
    this.owner = owner;
  }

  get released(): boolean {
    return this.#released;
  }

  release(): void | Promise<void> {
    if (this.#released) return undefined;
    const result = this.lock.release(this.owner);
    this.#released = true;
    return result;
  }

  [Symbol.dispose](): void {
    void this.release();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    const result = this.release();
    if (isThenable(result)) await result;
  }
}
