import { describe, expect, it } from 'vitest';
import { isThenable } from '../src/thenable.js';

describe('isThenable', () => {
  it('accepts promises and objects or functions with a callable then', () => {
    expect(isThenable(Promise.resolve(1))).toBe(true);
    expect(isThenable({ then() {} })).toBe(true);
    const fn = Object.assign(() => {}, { then() {} });
    expect(isThenable(fn)).toBe(true);
  });

  it('rejects everything else', () => {
    for (const v of [undefined, null, 0, 'then', false, {}, { then: 1 }, () => {}]) expect(isThenable(v)).toBe(false);
  });
});
