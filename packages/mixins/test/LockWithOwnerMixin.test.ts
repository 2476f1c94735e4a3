import { describe, expect, it, vi } from 'vitest';
import { LockMixin, LockWithOwnerMixin } from '../src/index.js';
import { NamedTokenLock, TokenLock } from './support/fixtures.js';

const NOT_OWNER = /is not acquired by the given owner/;

describe('LockWithOwnerMixin', () => {
  it('is a LockMixin', () => {
    expect(new TokenLock()).toBeInstanceOf(LockMixin);
    expect(new TokenLock()).toBeInstanceOf(LockWithOwnerMixin);
  });

  describe('release(owner?)', () => {
    it('check 11: held by token t, release("other") throws synchronously and _release is not called', async () => {
      const lock = new TokenLock();
      const t = {};
      await lock.acquire({ owner: t });
      const _release = vi.spyOn(lock as unknown as { _release: (o?: unknown) => void }, '_release');
      expect(() => lock.release('other')).toThrow(Error);
      expect(() => lock.release('other')).toThrow(NOT_OWNER);
      expect(() => lock.release()).toThrow(NOT_OWNER);
      expect(() => lock.release(null)).toThrow(NOT_OWNER);
      expect(_release).not.toHaveBeenCalled();
      expect(lock.locked()).toBe(true);
    });

    it('check 11: release(t) calls _release(t)', async () => {
      const lock = new TokenLock();
      const t = {};
      await lock.acquire({ owner: t });
      const _release = vi.spyOn(lock as unknown as { _release: (o?: unknown) => void }, '_release');
      lock.release(t);
      expect(_release).toHaveBeenCalledTimes(1);
      expect(_release).toHaveBeenCalledWith(t);
      expect(lock.locked()).toBe(false);
    });

    it('check 11: held anonymously, release() and release(null) pass, release(t) throws', async () => {
      const lock = new TokenLock();
      await lock.acquire();
      expect(() => lock.release({})).toThrow(NOT_OWNER);
      lock.release();
      await lock.acquire();
      lock.release(null);
      expect(lock.released).toEqual([undefined, null]);
    });

    it('check 11: not held, release() throws', () => {
      const lock = new TokenLock();
      expect(() => lock.release()).toThrow(NOT_OWNER);
      expect(lock.released).toEqual([]);
    });

    it("check 11: the message starts with the static qualname when set, else the class name", () => {
      expect(() => new NamedTokenLock().release()).toThrow(/^asyncutils\.test\.NamedTokenLock is not acquired by the given owner$/);
      expect(() => new TokenLock().release()).toThrow(/^TokenLock is not acquired by the given owner$/);
    });

    it('returns what _release returns (a promise to await)', async () => {
      const lock = new TokenLock();
      const p = Promise.resolve();
      lock.releaseResult = () => p;
      await lock.acquire();
      expect(lock.release()).toBe(p);
    });
  });

  describe('enter({ owner })', () => {
    it('check 16: resolves a guard with owner === t, bound to the lock', async () => {
      const lock = new TokenLock();
      const t = { name: 't' };
      const g = await lock.enter({ owner: t });
      expect(g.owner).toBe(t);
      expect(g.lock).toBe(lock);
      expect(g.released).toBe(false);
      expect(lock.isOwner(t)).toBe(true);
    });

    it('check 16: async disposal calls release(t) exactly once, even when disposed twice', async () => {
      const lock = new TokenLock();
      const t = {};
      const release = vi.spyOn(lock, 'release');
      {
        await using g = await lock.enter({ owner: t });
        await g[Symbol.asyncDispose]();
        expect(g.released).toBe(true);
      }
      expect(release).toHaveBeenCalledTimes(1);
      expect(release).toHaveBeenCalledWith(t);
      expect(lock.locked()).toBe(false);
    });

    it('check 16: sync disposal calls release(t) exactly once, also after an explicit release()', async () => {
      const lock = new TokenLock();
      const t = {};
      const release = vi.spyOn(lock, 'release');
      {
        using g = await lock.enter({ owner: t });
        g.release();
        g[Symbol.dispose]();
      }
      expect(release).toHaveBeenCalledTimes(1);
      expect(release).toHaveBeenCalledWith(t);
    });

    it('without an owner the guard is anonymous and releases with undefined', async () => {
      const lock = new TokenLock();
      {
        await using g = await lock.enter();
        expect(g.owner).toBeUndefined();
      }
      expect(lock.released).toEqual([undefined]);
    });

    it('acquire resolving false rejects with the LockMixin Error and creates no guard', async () => {
      const lock = new TokenLock();
      await lock.acquire();
      await expect(lock.enter({ owner: {} })).rejects.toThrow('asyncutils.mixins.LockMixin: failed to acquire lock');
    });
  });

  describe('runExclusive', () => {
    it('check 16: without an owner, fn receives a fresh object token and the release uses it', async () => {
      const lock = new TokenLock();
      const release = vi.spyOn(lock, 'release');
      const tokens: unknown[] = [];
      const isOwnerDuring: boolean[] = [];
      await lock.runExclusive((owner) => {
        tokens.push(owner);
        isOwnerDuring.push(lock.isOwner(owner));
      });
      await lock.runExclusive(async (owner) => {
        tokens.push(owner);
      }, { timeout: 10 });
      expect(tokens).toHaveLength(2);
      expect(typeof tokens[0]).toBe('object');
      expect(tokens[0]).not.toBeNull();
      expect(tokens[0]).not.toBe(tokens[1]);
      expect(isOwnerDuring).toEqual([true]);
      expect(release.mock.calls).toEqual([[tokens[0]], [tokens[1]]]);
    });

    it('with an owner, uses it and passes the other options through', async () => {
      const lock = new TokenLock();
      const acquire = vi.spyOn(lock, 'acquire');
      const t = 'me';
      const signal = new AbortController().signal;
      await expect(lock.runExclusive((owner) => owner, { owner: t, signal })).resolves.toBe(t);
      expect(acquire).toHaveBeenCalledWith({ owner: t, signal });
      expect(lock.released).toEqual([t]);
    });

    it('keeps the caller options (other than owner) when filling in a token', async () => {
      const lock = new TokenLock();
      const acquire = vi.spyOn(lock, 'acquire');
      const opts = { timeout: 100, owner: null };
      const owner = await lock.runExclusive((o) => o, opts);
      expect(acquire).toHaveBeenCalledWith({ timeout: 100, owner });
      expect(opts.owner).toBeNull();
    });

    it('regression: an options object whose owner getter throws makes runExclusive reject, not throw', async () => {
      const lock = new TokenLock();
      const e = new Error('getter');
      const opts = {
        get owner(): unknown {
          throw e;
        },
      };
      let result: Promise<unknown> | undefined;
      expect(() => {
        result = lock.runExclusive(() => 1, opts);
      }).not.toThrow();
      await expect(result).rejects.toBe(e);
      expect(lock.released).toEqual([]);
    });

    it('releases with the token when fn fails; a release error replaces the result', async () => {
      const lock = new TokenLock();
      const e = new Error('fn');
      await expect(lock.runExclusive(() => Promise.reject(e))).rejects.toBe(e);
      expect(lock.locked()).toBe(false);
      lock.releaseResult = () => Promise.reject(new Error('release'));
      await expect(lock.runExclusive(() => 1)).rejects.toThrow('release');
    });

    it('acquire resolving false rejects; fn is not called', async () => {
      const lock = new TokenLock();
      await lock.acquire();
      const fn = vi.fn();
      await expect(lock.runExclusive(fn)).rejects.toThrow('asyncutils.mixins.LockMixin: failed to acquire lock');
      expect(fn).not.toHaveBeenCalled();
    });
  });
});
