import { describe, expect, it } from 'vitest';
import { FastLock, isThenable, runHeld } from '../src/FastLock.js';
import { Lock } from '../src/Lock.js';

describe('FastLock', () => {
  it('is the base of the synchronous locks', () => {
    expect(new Lock()).toBeInstanceOf(FastLock);
  });

  it('isThenable', () => {
    expect(isThenable(Promise.resolve())).toBe(true);
    expect(isThenable({ then() {} })).toBe(true);
    expect(isThenable(Object.assign(() => {}, { then() {} }))).toBe(true);
    expect(isThenable({ then: 1 })).toBe(false);
    expect(isThenable(null)).toBe(false);
    expect(isThenable(undefined)).toBe(false);
    expect(isThenable(5)).toBe(false);
  });

  it('runHeld releases exactly once on every path and never throws', async () => {
    let releases = 0;
    const ok = { release: () => void releases++ };
    await expect(runHeld(ok, () => 1)).resolves.toBe(1);
    await expect(runHeld(ok, () => Promise.resolve(2))).resolves.toBe(2);
    await expect(runHeld(ok, () => Promise.reject(new Error('a')))).rejects.toThrow('a');
    await expect(
      runHeld(ok, () => {
        throw new Error('b');
      }),
    ).rejects.toThrow('b');
    expect(releases).toBe(4);
    const bad = {
      release: () => {
        throw new Error('release failed');
      },
    };
    await expect(runHeld(bad, () => 1)).rejects.toThrow('release failed');
    await expect(runHeld(bad, async () => 1)).rejects.toThrow('release failed');
    await expect(
      runHeld(bad, () => {
        throw new Error('fn failed');
      }),
    ).rejects.toThrow('release failed');
  });
});
