import { describe, expect, it, vi } from 'vitest';
import { OwnedGuard } from '../src/OwnedGuard.js';
import { TokenLock } from './support/fixtures.js';

describe('OwnedGuard', () => {
  it('releases its lock with its owner once', async () => {
    const lock = new TokenLock();
    await lock.acquire({ owner: 'o' });
    const g = new OwnedGuard(lock, 'o');
    expect(g.release()).toBeUndefined();
    expect(g.released).toBe(true);
    expect(g.release()).toBeUndefined();
    expect(lock.released).toEqual(['o']);
  });

  it('returns the promise of an async release the first time and awaits it on async dispose', async () => {
    const lock = new TokenLock();
    let resolved = false;
    lock.releaseResult = () =>
      Promise.resolve().then(() => {
        resolved = true;
      });
    await lock.acquire();
    const g = new OwnedGuard(lock, undefined);
    await g[Symbol.asyncDispose]();
    expect(resolved).toBe(true);
  });

  it('stays unreleased when the lock refuses (wrong owner), so the error is not hidden', async () => {
    const lock = new TokenLock();
    await lock.acquire({ owner: 'a' });
    const g = new OwnedGuard(lock, 'b');
    expect(() => g[Symbol.dispose]()).toThrow(/is not acquired by the given owner/);
    expect(g.released).toBe(false);
  });

  it('released is read-only from the outside', () => {
    const g = new OwnedGuard(new TokenLock(), 1);
    expect(() => {
      (g as unknown as { released: boolean }).released = true;
    }).toThrow(TypeError);
    const spy = vi.fn();
    expect(spy).not.toHaveBeenCalled();
  });
});
