import { describe, expect, it } from 'vitest';
import { AbortErrorLike, AnyError, TimeoutErrorLike, TypicalError } from '../src/categories.js';
import { QueueFull } from '../src/errors/asyncio.js';
import { BusError, BusTimeout } from '../src/errors/bus.js';
import { FaultyConfig } from '../src/errors/config.js';
import { Critical, Deadlock, StateCorrupted } from '../src/errors/critical.js';
import { LockForceRequest } from '../src/errors/lock.js';
import { VersionValueError } from '../src/errors/version.js';

const matches = (value: unknown, matcher: typeof AnyError): boolean => (value as object) instanceof matcher;

describe('categories', () => {
  const e = new Error('e');
  const typical = [new Error(), new RangeError(), new DOMException('t', 'TimeoutError'), new QueueFull(), new VersionValueError('v'), new BusTimeout()];
  const notTypical = [
    new DOMException('a', 'AbortError'),
    new Deadlock(),
    new Critical(e),
    new StateCorrupted('a', 'b'),
    new FaultyConfig('k', 'w', 'e'),
    new LockForceRequest(null, () => {}, null, 1),
    Object.assign(new Error('x'), { name: 'AbortError' }),
    'str',
    undefined,
    null,
    42,
    { message: 'not an error' },
  ];

  it('check 9: TypicalError matches ordinary errors only', () => {
    for (const value of typical) expect(matches(value, TypicalError), String(value)).toBe(true);
    for (const value of notTypical) expect(matches(value, TypicalError), String(value)).toBe(false);
  });

  it('check 9: AnyError matches every value', () => {
    for (const value of [...typical, ...notTypical]) expect(matches(value, AnyError)).toBe(true);
  });

  it('check 9: TimeoutErrorLike matches the reason of an expired AbortSignal.timeout(0) and BusTimeout', async () => {
    const signal = AbortSignal.timeout(0);
    await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    expect(signal.reason).toBeInstanceOf(TimeoutErrorLike);
    expect(new BusTimeout()).toBeInstanceOf(TimeoutErrorLike);
    expect(new DOMException('t', 'TimeoutError')).toBeInstanceOf(TimeoutErrorLike);
    expect(new BusError()).not.toBeInstanceOf(TimeoutErrorLike);
    expect(new DOMException('a', 'AbortError')).not.toBeInstanceOf(TimeoutErrorLike);
    expect('TimeoutError').not.toBeInstanceOf(TimeoutErrorLike);
  });

  it('check 9: AbortErrorLike matches objects named AbortError only', () => {
    expect(new DOMException('x', 'AbortError')).toBeInstanceOf(AbortErrorLike);
    const ctrl = new AbortController();
    ctrl.abort();
    expect(ctrl.signal.reason).toBeInstanceOf(AbortErrorLike);
    for (const value of [new Error(), new DOMException('t', 'TimeoutError'), 'AbortError', undefined]) {
      expect(matches(value, AbortErrorLike)).toBe(false);
    }
  });

  it('matchers have their names and are frozen', () => {
    expect([AnyError.name, TypicalError.name, AbortErrorLike.name, TimeoutErrorLike.name]).toEqual(['AnyError', 'TypicalError', 'AbortErrorLike', 'TimeoutErrorLike']);
    for (const m of [AnyError, TypicalError, AbortErrorLike, TimeoutErrorLike]) expect(Object.isFrozen(m)).toBe(true);
  });
});
