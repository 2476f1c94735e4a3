// Internal: conversion of values to version parts (upstream's `int(x, 0)` / `int(x)` and the `p()` helper).
import { typeName } from '@asyncutils/audit';
import { VersionValueError } from '@asyncutils/exceptions';
import { describe } from './describe.js';
import type { VersionParts } from './types.js';

const PREFIX = 'asyncutils.version.normalize';

/** `[sign, base prefix letter, digits]` of an integer literal; `_` only between two digits. */
const INTEGER = /^([+-]?)(?:0([xX])([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)|0([oO])([0-7]+(?:_[0-7]+)*)|0([bB])([01]+(?:_[01]+)*)|(\d+(?:_\d+)*))$/;

/**
 * Converts one part to an integer, before the range checks of {@link checkParts}: the result may be negative or
 * above `Number.MAX_SAFE_INTEGER` (a string or bigint part keeps its exact value as a `bigint` in that case).
 *
 * @throws `VersionValueError` for a non-finite number or a malformed string; `TypeError` for another type.
 */
function convertPart(x: unknown): number | bigint {
  switch (typeof x) {
    case 'number':
      if (!Number.isFinite(x)) throw new VersionValueError(`${PREFIX}: version part ${describe(x)} is not finite`);
      return Math.trunc(x) + 0;
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
    case 'string': {
      const m = INTEGER.exec(x.trim());
      if (m === null) throw new VersionValueError(`${PREFIX}: invalid version part ${JSON.stringify(x)}`);
      const [, sign, hex, hexDigits, oct, octDigits, bin, binDigits, dec] = m;
      const literal = hex ? `0x${hexDigits}` : oct ? `0o${octDigits}` : bin ? `0b${binDigits}` : (dec as string);
      const magnitude = BigInt(literal.replaceAll('_', ''));
      return sign === '-' ? -magnitude : magnitude;
    }
    default:
      throw new TypeError(`${PREFIX}: cannot convert ${typeName(x)} to a version part`);
  }
}

/** Converts and range-checks the parts; missing ones are `0`. */
function checkParts(raw: readonly (number | bigint)[]): VersionParts {
  const out = [0, 0, 0];
  for (let i = 0; i < raw.length; i++) {
    if ((raw[i] as number | bigint) < 0) throw new VersionValueError(`${PREFIX}: major, minor and patch should all be positive`);
  }
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i] as number | bigint;
    if (v > Number.MAX_SAFE_INTEGER) {
      throw new VersionValueError(`${PREFIX}: version part ${describe(v)} is above Number.MAX_SAFE_INTEGER`);
    }
    out[i] = Number(v);
  }
  return Object.freeze(out) as unknown as VersionParts;
}

/**
 * The parts of the first three items of an argument list (the multi-argument `VersionInfo` constructor).
 *
 * @throws `VersionValueError` or `TypeError` as described in the spec's "Parts" section.
 */
export function partsOfList(items: ArrayLike<unknown>): VersionParts {
  const raw: (number | bigint)[] = [];
  for (let i = 0; i < 3 && i < items.length; i++) raw.push(convertPart(items[i]));
  return checkParts(raw);
}

/**
 * The parts of the first three items of an iterable; an iterator is closed after its third item.
 *
 * @throws `VersionValueError` or `TypeError` for a bad part, or whatever the iterator throws.
 */
export function partsOfIterable(items: Iterable<unknown>): VersionParts {
  const raw: (number | bigint)[] = [];
  for (const item of items) {
    raw.push(convertPart(item));
    if (raw.length === 3) break;
  }
  return checkParts(raw);
}
