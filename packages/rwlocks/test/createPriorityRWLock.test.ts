import { localContext } from '@asyncutils/context';
import { describe, expect, it } from 'vitest';
import { createPriorityRWLock, FairPriorityRWLock, PriorityRWLock, WritePreferredPriorityRWLock } from '../src/index.js';

describe('createPriorityRWLock', () => {
  it('check 2: defaults to WritePreferredPriorityRWLock; preferWriters: false gives FairPriorityRWLock', () => {
    expect(createPriorityRWLock()).toBeInstanceOf(WritePreferredPriorityRWLock);
    expect(createPriorityRWLock({ preferWriters: true })).toBeInstanceOf(WritePreferredPriorityRWLock);
    expect(createPriorityRWLock({ preferWriters: false })).toBeInstanceOf(FairPriorityRWLock);
    expect(createPriorityRWLock()).toBeInstanceOf(PriorityRWLock);
  });

  it('follows RWLOCK_DEFAULT_PREFER_WRITERS, as does PriorityRWLock.lock', () => {
    localContext({ RWLOCK_DEFAULT_PREFER_WRITERS: false }, () => {
      expect(createPriorityRWLock()).toBeInstanceOf(FairPriorityRWLock);
      expect(PriorityRWLock.lock(() => 0).lock).toBeInstanceOf(FairPriorityRWLock);
    });
  });

  it('rejects a non-boolean preferWriters with TypeError', () => {
    expect(() => createPriorityRWLock({ preferWriters: 'no' as unknown as boolean })).toThrow('asyncutils.rwlocks.createPriorityRWLock: preferWriters must be a boolean, got "no"');
  });
});
