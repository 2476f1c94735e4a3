// Internal: the perfect (invertible) hash of versions and the shelve byte encoding, all in bigint.
import type { VersionParts } from './types.js';

/** Zig-zag encoding: `0, -1, 1, -2, …` → `0, 1, 2, 3, …`. */
export function zigzag(v: bigint): bigint {
  return v >= 0n ? v << 1n : (-v << 1n) - 1n;
}

/** Inverse of {@link zigzag}. */
export function unzigzag(n: bigint): bigint {
  return n & 1n ? -((n + 1n) >> 1n) : n >> 1n;
}

/** Szudzik's pairing of two naturals. */
function pair(x: bigint, y: bigint): bigint {
  return x < y ? y * y + x : x * x + x + y;
}

/** Integer square root (floor) of a natural. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's method from an over-estimate (a power of two above the root).
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

/** Inverse of {@link pair}. */
function unpair(n: bigint): [bigint, bigint] {
  const y = isqrt(n);
  const x = n - y * y;
  return x < y ? [x, y] : [y, x - y];
}

/** The signed value `z` of a version (upstream's `_hash`): the zig-zag decoding of the nested pairing. */
export function signedHash(parts: VersionParts): bigint {
  const [major, minor, patch] = parts;
  return unzigzag(pair(pair(BigInt(major), BigInt(minor)), BigInt(patch)));
}

/** The public hash: {@link signedHash} shifted up by one from `-1` on, so it is never `-1`. */
export function publicHash(parts: VersionParts): bigint {
  const z = signedHash(parts);
  return z >= -1n ? z + 1n : z;
}

/** The parts (as bigints, not range-checked) of a signed hash `z` (upstream's `_unhash`). */
export function unhash(z: bigint): [bigint, bigint, bigint] {
  const [ab, patch] = unpair(zigzag(z));
  const [major, minor] = unpair(ab);
  return [major, minor, patch];
}

/** The number of bits of `|v|` (Python's `int.bit_length`). */
function bitLength(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

/** The parameters derived from a shelve key. */
interface ShelveKey {
  /** Subtracted from (added to, when reading) every byte. */
  readonly x: bigint;
  /** The header byte. */
  readonly h: number;
  /** XOR-ed with the signed hash. */
  readonly y: bigint;
  /** Byte order of the body. */
  readonly little: boolean;
}

function shelveKey(key: bigint): ShelveKey {
  const k = zigzag(key);
  return { x: k & 0xffn, h: Number((k >> 9n) & 0xffn), y: k >> 17n, little: ((k >> 8n) & 1n) === 1n };
}

/** Encodes a signed hash with a key: the header byte, then the masked two's-complement body. */
export function shelveBytes(z: bigint, key: bigint): Uint8Array {
  const { x, h, y, little } = shelveKey(key);
  const v = y ^ z;
  const size = (bitLength(v) >> 3) + 1;
  const out = new Uint8Array(size + 1);
  out[0] = h;
  let rest = BigInt.asUintN(size * 8, v);
  for (let i = 0; i < size; i++) {
    const byte = (rest & 0xffn) - x;
    out[little ? 1 + i : size - i] = Number(byte & 0xffn);
    rest >>= 8n;
  }
  return out;
}

/** Decodes {@link shelveBytes}; `undefined` when the header byte does not match the key (or there is none). */
export function unshelveBytes(bytes: readonly number[], key: bigint): bigint | undefined {
  const { x, h, y, little } = shelveKey(key);
  if (bytes.length === 0 || bytes[0] !== h) return undefined;
  const size = bytes.length - 1;
  let v = 0n;
  for (let i = 0; i < size; i++) {
    const byte = (BigInt(bytes[little ? size - i : 1 + i] as number) + x) & 0xffn;
    v = (v << 8n) | byte;
  }
  return BigInt.asIntN(size * 8, v) ^ y;
}
