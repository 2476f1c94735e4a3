import { describe, expect, it } from 'vitest';
import { AsyncEvent } from '@asyncutils/locks';
import { doneEvt } from '../src/doneEvt.js';

describe('doneEvt', () => {
  it('check 13: a new AsyncEvent, already set; eventClass gives a set instance of that class', async () => {
    const e = doneEvt();
    expect(e).toBeInstanceOf(AsyncEvent);
    expect(e.isSet()).toBe(true);
    expect(await e.wait()).toBe(true);
    expect(doneEvt()).not.toBe(e);
    class E extends AsyncEvent {}
    const f = doneEvt({ eventClass: E });
    expect(f).toBeInstanceOf(E);
    expect(f.isSet()).toBe(true);
    class Flag {
      on = false;
      set(): void {
        this.on = true;
      }
    }
    expect(doneEvt({ eventClass: Flag }).on).toBe(true);
  });

  it('rejects bad input with TypeError', () => {
    expect(() => doneEvt(1 as never)).toThrow(TypeError);
    expect(() => doneEvt({ eventClass: 'x' as never })).toThrow(/eventClass must be a function/);
    class NoSet {}
    expect(() => doneEvt({ eventClass: NoSet as never })).toThrow('asyncutils.util.done_evt: eventClass instances need a set method, got a NoSet');
  });
});
