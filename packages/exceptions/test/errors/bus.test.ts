import { describe, expect, it } from 'vitest';
import { BusError, BusPublishingError, BusShutDown, BusStatsError, BusTimeout } from '../../src/errors/bus.js';
import { expectErrorShape } from '../support/shape.js';

describe('bus errors', () => {
  it('check 1: shapes', () => {
    expectErrorShape(new BusError('m'), BusError, Error);
    for (const C of [BusTimeout, BusShutDown, BusStatsError]) expectErrorShape(new C('m'), C, BusError);
    expectErrorShape(new BusPublishingError({ name: 'b' }, 1), BusPublishingError, BusError);
  });

  it('check 7: BusPublishingError names the bus and the middleware', () => {
    const bus = { name: 'bus1' };
    function mw(): void {}
    const err = new BusPublishingError(bus, mw);
    expect(err.message).toBe('bus1: severe error in middleware [Function mw]');
    expect(err.message.startsWith('bus1: severe error in middleware')).toBe(true);
    expect(err.bus).toBe(bus);
    expect(err.middleware).toBe(mw);
    expect(new BusPublishingError(bus, 'log').message).toBe('bus1: severe error in middleware "log"');
  });

  it('BusTimeout is a BusError, not a TimeoutError DOMException', () => {
    expect(new BusTimeout()).toBeInstanceOf(BusError);
    expect(new BusTimeout()).not.toBeInstanceOf(DOMException);
  });
});
