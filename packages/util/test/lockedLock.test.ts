import { describe, expect, it } from 'vitest';
import { Lock, RLock } from '@asyncutils/locks';
import { lockedLock } from '../src/lockedLock.js';
import { rejection } from './support/hooks.js';

describe('lockedLock', () => {
  it('check 10: resolves a held Lock; lockClass gives an instance of that class, acquired', async () => {
    const l = await lockedLock();
    expect(l).toBeInstanceOf(Lock);
    expect(l.locked()).toBe(true);
    class MyLock extends Lock {}
    const m = await lockedLock({ lockClass: MyLock });
    expect(m).toBeInstanceOf(MyLock);
    expect(m.locked()).toBe(true);
    const r = await lockedLock({ lockClass: RLock });
    expect(r.locked()).toBe(true);
    expect(await lockedLock({})).toBeInstanceOf(Lock);
  });

  it('rejects bad input with TypeError', async () => {
    expect(await rejection(lockedLock(5 as never))).toBeInstanceOf(TypeError);
    expect(await rejection(lockedLock({ lockClass: 5 as never }))).toHaveProperty('message', 'asyncutils.util.locked_lock: lockClass must be a function, got 5');
    class NoAcquire {}
    expect(await rejection(lockedLock({ lockClass: NoAcquire as never }))).toHaveProperty(
      'message',
      'asyncutils.util.locked_lock: lockClass instances need an acquire method, got a NoAcquire',
    );
  });
});
