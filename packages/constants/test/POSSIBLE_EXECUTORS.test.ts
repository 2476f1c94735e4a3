import { describe, expect, it } from 'vitest';
import { POSSIBLE_EXECUTORS } from '../src/POSSIBLE_EXECUTORS.js';
import { thrown } from './support/harness.js';

const expected = [
  'thread',
  'process',
  'interpreter',
  'loky',
  'loky_no_reuse',
  'dask',
  'ipython',
  'elib_flux_cluster',
  'elib_flux_job',
  'elib_slurm_cluster',
  'elib_slurm_job',
  'elib_single_node',
  'pebble_thread',
  'pebble_process',
  'deadpool',
];

describe('POSSIBLE_EXECUTORS', () => {
  it('check 2: holds the 15 executor names in CLI help order', () => {
    expect(POSSIBLE_EXECUTORS).toEqual(expected);
    expect(POSSIBLE_EXECUTORS).toHaveLength(15);
    expect(Array.isArray(POSSIBLE_EXECUTORS)).toBe(true);
  });

  it('check 2: is frozen; push, index assignment and sort throw TypeError and change nothing', () => {
    expect(Object.isFrozen(POSSIBLE_EXECUTORS)).toBe(true);
    const mutable = POSSIBLE_EXECUTORS as unknown as string[];
    expect(thrown(() => mutable.push('x'))).toBeInstanceOf(TypeError);
    expect(thrown(() => (mutable[0] = 'x'))).toBeInstanceOf(TypeError);
    expect(thrown(() => mutable.sort())).toBeInstanceOf(TypeError);
    expect(thrown(() => mutable.pop())).toBeInstanceOf(TypeError);
    expect(POSSIBLE_EXECUTORS).toEqual(expected);
  });

  it('has no duplicates', () => {
    expect(new Set(POSSIBLE_EXECUTORS).size).toBe(POSSIBLE_EXECUTORS.length);
  });
});
