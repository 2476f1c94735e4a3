import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/loadConfig.js';
import { fnv1a128, seededRandom, sfc32 } from '../src/seededRandom.js';
import { configState } from '../src/state.js';
import { isolateImplicitLoad, tempDir } from './support/harness.js';

const take = (f: () => number, n = 5): number[] => Array.from({ length: n }, f);

describe('seededRandom', () => {
  it('check 31: seed 42 gives two generators with the same first values in [0, 1); seed null gives Math.random', () => {
    loadConfig({ env: {}, cwd: tempDir(), overrides: { seed: 42 } });
    const a = take(seededRandom());
    const b = take(seededRandom());
    expect(a).toEqual(b);
    for (const x of a) expect(x >= 0 && x < 1).toBe(true);
    expect(new Set(a).size).toBe(5);
    loadConfig({ overrides: { seed: null } });
    expect(seededRandom()).toBe(Math.random);
  });

  it('different seeds differ; a numeric seed and its string are the same seed', () => {
    loadConfig({ env: {}, cwd: tempDir(), overrides: { seed: 'alpha' } });
    const alpha = take(seededRandom());
    loadConfig({ overrides: { seed: 'beta' } });
    expect(take(seededRandom())).not.toEqual(alpha);
    loadConfig({ overrides: { seed: 7 } });
    const seven = take(seededRandom());
    loadConfig({ overrides: { seed: 'b"7"' } });
    expect(take(seededRandom())).toEqual(seven);
  });

  it('is roughly uniform', () => {
    const next = sfc32(fnv1a128('uniform'));
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(next() * 10)]!++;
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });

  it('fnv1a128 is the 128-bit FNV-1a of the UTF-8 bytes', () => {
    // Offset basis for the empty string; one known vector for "a".
    expect(fnv1a128('')).toEqual([0x6c62272e, 0x07bb0142, 0x62b82175, 0x6295c58d]);
    expect(fnv1a128('a')).toEqual([0xd228cb69, 0x6f1a8caf, 0x78912b70, 0x4e4a8964]);
    expect(fnv1a128('é')).not.toEqual(fnv1a128('e'));
  });

  it('loads the configuration first', () => {
    isolateImplicitLoad();
    expect(seededRandom()).toBe(Math.random);
    expect(configState().loaded).toBeDefined();
  });
});
