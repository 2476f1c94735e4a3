import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/rwlocks public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'AgingRWLock',
      'FairPriorityRWLock',
      'FairRWLock',
      'PriorityRWLock',
      'RWLock',
      'ReadPreferredRWLock',
      'WritePreferredPriorityRWLock',
      'WritePreferredRWLock',
      'coercedMethod',
      'createPriorityRWLock',
      'createRWLock',
    ]);
  });

  it('keeps the internal engine and base class private', () => {
    expect(api).not.toHaveProperty('QueuedRWLock');
    expect(api).not.toHaveProperty('Core');
  });
});
