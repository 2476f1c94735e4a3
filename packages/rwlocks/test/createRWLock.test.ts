import { localContext } from '@asyncutils/context';
import { describe, expect, it } from 'vitest';
import { createRWLock, ReadPreferredRWLock, RWLock, WritePreferredRWLock } from '../src/index.js';

describe('createRWLock', () => {
  it('check 2: defaults to WritePreferredRWLock; preferWriters: false gives ReadPreferredRWLock', () => {
    expect(createRWLock()).toBeInstanceOf(WritePreferredRWLock);
    expect(createRWLock({})).toBeInstanceOf(WritePreferredRWLock);
    expect(createRWLock({ preferWriters: true })).toBeInstanceOf(WritePreferredRWLock);
    expect(createRWLock({ preferWriters: false })).toBeInstanceOf(ReadPreferredRWLock);
    expect(createRWLock()).toBeInstanceOf(RWLock);
  });

  it('check 2: a scoped RWLOCK_DEFAULT_PREFER_WRITERS = false makes the default read-preferring (read per call)', () => {
    expect(localContext({ RWLOCK_DEFAULT_PREFER_WRITERS: false }, () => createRWLock())).toBeInstanceOf(ReadPreferredRWLock);
    expect(localContext({ RWLOCK_DEFAULT_PREFER_WRITERS: false }, () => createRWLock({ preferWriters: true }))).toBeInstanceOf(WritePreferredRWLock);
    expect(createRWLock()).toBeInstanceOf(WritePreferredRWLock);
  });

  it('rejects a non-boolean preferWriters and non-object options with TypeError', () => {
    expect(() => createRWLock({ preferWriters: 1 as unknown as boolean })).toThrow('asyncutils.rwlocks.createRWLock: preferWriters must be a boolean, got 1');
    expect(() => createRWLock('yes' as unknown as undefined)).toThrow(TypeError);
  });
});
