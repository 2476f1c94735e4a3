import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/constants public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'EXECUTORS_FROZENSET',
      'NO_COALESCE',
      'POSSIBLE_EXECUTORS',
      'RAISE',
      'RECIPROCAL_E',
      'SentinelBase',
    ]);
  });

  it('regression: the private upstream sentinel _NO_DEFAULT is not exported', () => {
    expect(api).not.toHaveProperty('_NO_DEFAULT');
    expect(api).not.toHaveProperty('NO_DEFAULT');
  });
});
