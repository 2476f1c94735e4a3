// Acceptance check 1, for every class and factory: nested readers, a pending writer, hand-off on release.
import { describe, expect, it } from 'vitest';
import {
  AgingRWLock,
  createPriorityRWLock,
  createRWLock,
  FairPriorityRWLock,
  FairRWLock,
  type RWLock,
  ReadPreferredRWLock,
  WritePreferredPriorityRWLock,
  WritePreferredRWLock,
} from '../src/index.js';
import { flush, handleOf, track } from './support/track.js';

const factories: ReadonlyArray<readonly [string, () => RWLock]> = [
  ['createRWLock()', () => createRWLock()],
  ['new ReadPreferredRWLock()', () => new ReadPreferredRWLock()],
  ['new WritePreferredRWLock()', () => new WritePreferredRWLock()],
  ['new FairRWLock()', () => new FairRWLock()],
  ['createPriorityRWLock()', () => createPriorityRWLock()],
  ['new FairPriorityRWLock()', () => new FairPriorityRWLock()],
  ['new WritePreferredPriorityRWLock()', () => new WritePreferredPriorityRWLock()],
  ['new AgingRWLock()', () => new AgingRWLock()],
];

describe.each(factories)('check 1: %s', (_name, make) => {
  it('two nested readers hold off a writer until the outer one leaves', async () => {
    const lock = make();
    const outer = await lock.reading();
    const inner = await lock.reading();
    const writer = track(lock.writing());
    await flush();
    expect(writer.state).toBe('pending');
    expect(lock.isReading()).toBe(true);

    inner.release();
    await flush();
    expect(writer.state).toBe('pending');
    expect(lock.locked()).toBe(true);
    expect(lock.isWriting()).toBe(false);

    outer.release();
    await flush();
    expect(writer.state).toBe('fulfilled');
    expect(lock.isWriting()).toBe(true);
    expect(lock.locked()).toBe(true);
    expect(lock.isReading()).toBe(false);

    handleOf(writer).release();
    expect(lock.locked()).toBe(false);
    expect(lock.isReading()).toBe(false);
    expect(lock.isWriting()).toBe(false);
  });

  it('grants the writer synchronously at the release (hand-off)', async () => {
    const lock = make();
    const r = await lock.reading();
    const writer = track(lock.writing());
    r.release();
    // Before any reaction runs, the writer already holds: nobody can barge in.
    expect(lock.isWriting()).toBe(true);
    await flush();
    expect(writer.state).toBe('fulfilled');
    handleOf(writer).release();
  });
});
