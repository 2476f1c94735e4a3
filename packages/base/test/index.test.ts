import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/base public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'adisembowel',
      'adisembowelLeft',
      'aenumerate',
      'aiterToGen',
      'collect',
      'collectInto',
      'drop',
      'dummyTask',
      'iterToAgen',
      'safeCancelBatch',
      'sleepForever',
      'take',
      'yieldToEventLoop',
    ]);
  });

  it('check 25: exports no event_loop / eventLoop', () => {
    const names = Object.keys(api);
    expect(names).not.toContain('eventLoop');
    expect(names).not.toContain('event_loop');
    expect(names).not.toContain('EventLoop');
  });
});
