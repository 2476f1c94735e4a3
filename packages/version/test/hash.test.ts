import { describe, expect, it } from 'vitest';
import { isqrt, publicHash, shelveBytes, signedHash, unhash, unshelveBytes, unzigzag, zigzag } from '../src/hash.js';

describe('hash internals', () => {
  it('zigzag and its inverse', () => {
    expect([0n, -1n, 1n, -2n, 2n].map(zigzag)).toEqual([0n, 1n, 2n, 3n, 4n]);
    for (let v = -50n; v <= 50n; v++) expect(unzigzag(zigzag(v))).toBe(v);
  });

  it('isqrt is the floor square root, exact for large bigints', () => {
    for (let n = 0n; n < 2000n; n++) {
      const r = isqrt(n);
      expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
    }
    const big = 3n ** 101n;
    const r = isqrt(big);
    expect(r * r <= big && (r + 1n) * (r + 1n) > big).toBe(true);
    expect(isqrt(2n ** 128n)).toBe(2n ** 64n);
  });

  it('publicHash is never -1 and unhash inverts signedHash', () => {
    for (let a = 0; a < 6; a++) {
      for (let b = 0; b < 6; b++) {
        for (let c = 0; c < 6; c++) {
          const parts = [a, b, c] as const;
          expect(publicHash(parts)).not.toBe(-1n);
          expect(unhash(signedHash(parts))).toEqual([BigInt(a), BigInt(b), BigInt(c)]);
        }
      }
    }
  });

  it('shelveBytes/unshelveBytes round-trip; a wrong header or no bytes gives undefined', () => {
    const z = signedHash([7, 8, 9]);
    for (const key of [0n, 1n, -5n, 416219n, 123456789n, 2n ** 70n, -(2n ** 70n)]) {
      expect(unshelveBytes([...shelveBytes(z, key)], key)).toBe(z);
    }
    expect(unshelveBytes([], 0n)).toBeUndefined();
    expect(unshelveBytes([1, 2], 0n)).toBeUndefined();
    expect(unshelveBytes([0], 0n)).toBe(0n); // a header alone is an empty (zero) body
  });
});
