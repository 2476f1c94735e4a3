import { describe, expect, it } from 'vitest';
import { wrapExc } from '@asyncutils/exceptions';
import { AsyncCallbacksFuture, Future } from '@asyncutils/futures';
import { doneFut } from '../src/doneFut.js';
import { rejection } from './support/hooks.js';

describe('doneFut', () => {
  it('check 14: fulfilled with the value, undefined by default, rejected from a wrapper', async () => {
    const f = doneFut(42);
    expect(f).toBeInstanceOf(Future);
    expect(f.done()).toBe(true);
    expect(await f).toBe(42);
    const u = doneFut();
    expect(u.state).toBe('fulfilled');
    expect(await u).toBeUndefined();
    const e = new RangeError('e');
    const r = doneFut(wrapExc(e));
    expect(r.state).toBe('rejected');
    expect(r.exception()).toBe(e);
    expect(await rejection(r)).toBe(e);
  });

  it('check 14: futureClass gives that class', async () => {
    const f = doneFut(1, { futureClass: AsyncCallbacksFuture });
    expect(f).toBeInstanceOf(AsyncCallbacksFuture);
    expect(f.result()).toBe(1);
  });

  it('rejects bad input with TypeError', () => {
    expect(() => doneFut(1, 2 as never)).toThrow(/options must be an object/);
    expect(() => doneFut(1, { futureClass: 3 as never })).toThrow(/futureClass must be a function/);
    class NotAFuture {}
    expect(() => doneFut(1, { futureClass: NotAFuture as never })).toThrow(
      'asyncutils.util.done_fut: futureClass instances need setResult and setException methods, got a NotAFuture',
    );
    expect(() => doneFut(Promise.resolve(1))).toThrow(TypeError);
  });
});
