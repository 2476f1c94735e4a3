import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/buckets public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual(['LeakyBucket', 'TokenBucket']);
  });

  it('no class is thenable', () => {
    expect('then' in new api.TokenBucket(1, 1)).toBe(false);
    expect('then' in new api.LeakyBucket(1, 1)).toBe(false);
  });
});
