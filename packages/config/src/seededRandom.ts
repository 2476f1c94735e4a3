// `seededRandom()`: a deterministic random generator seeded by the configuration's `seed`.
import { ensureLoaded } from './loadConfig.js';

const FNV_OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const FNV_PRIME = 0x0000000001000000000000000000013bn;
const MASK_128 = (1n << 128n) - 1n;
const MASK_32 = 0xffffffffn;

/**
 * The 128-bit FNV-1a hash of a string's UTF-8 bytes, as four 32-bit words (most significant first).
 * @internal
 */
export function fnv1a128(text: string): [number, number, number, number] {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_128;
  return [Number((hash >> 96n) & MASK_32), Number((hash >> 64n) & MASK_32), Number((hash >> 32n) & MASK_32), Number(hash & MASK_32)];
}

/**
 * The sfc32 generator from a 128-bit state, warmed up by 12 rounds; returns floats in `[0, 1)`.
 * @internal
 */
export function sfc32(state: readonly [number, number, number, number]): () => number {
  let [a, b, c, d] = state;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * A random-number generator for the library: `Math.random` when the configuration's `seed` is `null`
 * (the default), else a new deterministic generator seeded from it, returning floats in `[0, 1)`.
 *
 * @remarks
 * The port of Python's private `config._randinst` (`random.Random(seed)`). The generator is sfc32 with
 * its 128-bit state from the FNV-1a hash of `String(seed)`; two calls with the same seed give generators
 * with the same sequence. The sequence differs from Python's Mersenne Twister. The first call loads the
 * configuration.
 *
 * @returns A function returning floats in `[0, 1)`.
 *
 * @example
 * ```ts
 * import { loadConfig, seededRandom } from '@asyncutils/config';
 *
 * loadConfig({ overrides: { seed: 42 } });
 * const a = seededRandom();
 * const b = seededRandom();
 * a() === b(); // true: same seed, same sequence
 * ```
 */
export function seededRandom(): () => number {
  const seed = ensureLoaded().flags.seed;
  if (seed === null) return Math.random;
  return sfc32(fnv1a128(String(seed)));
}
