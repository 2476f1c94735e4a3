import { describe, expect, it } from 'vitest';
import { isMainThread, threadId } from 'node:worker_threads';
import { getLoopAndSet } from '../src/getLoopAndSet.js';
import { configState } from '../src/state.js';
import { recordEvents, thrown, vetoOn } from './support/harness.js';

describe('getLoopAndSet', () => {
  it('check 24: the same frozen descriptor every time, announced by asyncutils/get_loop_and_set; a throwing hook makes it throw', () => {
    using rec = recordEvents();
    const first = getLoopAndSet();
    const second = getLoopAndSet();
    expect(second).toBe(first);
    expect(first).toEqual({ runtime: 'node', pid: process.pid, threadId, isMainThread });
    expect(Object.isFrozen(first)).toBe(true);
    expect(rec.events).toEqual([
      ['asyncutils/get_loop_and_set', [first]],
      ['asyncutils/get_loop_and_set', [first]],
    ]);
    expect(rec.events[0]?.[1][0]).toBe(first);
    using veto = vetoOn('asyncutils/get_loop_and_set');
    expect(thrown(() => getLoopAndSet())).toBe(veto.error);
  });

  it('does not load the configuration', () => {
    getLoopAndSet();
    expect(configState().loaded).toBeUndefined();
  });
});
