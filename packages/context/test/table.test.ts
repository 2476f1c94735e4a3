// The internal table of handles: all 89 in upstream order, looked up by exact name.
import { describe, expect, it } from 'vitest';
import { contextConstants, findConstant } from '../src/table.js';
import { expectedConstants } from './support/table.js';

describe('table', () => {
  it('check 1: lists the 89 handles in table order with their table kinds and defaults', () => {
    expect(contextConstants.map((h) => [h.name, h.kind, h.default])).toEqual(expectedConstants.map((r) => [r.name, r.kind, r.default]));
  });

  it('finds handles by exact (upper-case) name only; unknown and inherited names give undefined', () => {
    expect(findConstant('RETRY_DEFAULT_TRIES')).toBe(contextConstants[42]);
    expect(findConstant('retry_default_tries')).toBeUndefined();
    for (const name of ['FOO', 'constructor', '__proto__', 'toString', '']) expect(findConstant(name), name).toBeUndefined();
  });
});
