import { BusError as ExBusError } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/channels public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual(['BusError', 'BusShutDown', 'BusStatsError', 'BusTimeout', 'EventBus', 'Observable', 'Rendezvous']);
  });

  it('re-exports the very error classes of @asyncutils/exceptions', () => {
    expect(api.BusError).toBe(ExBusError);
    expect(new api.BusShutDown('x')).toBeInstanceOf(api.BusError);
    expect(new api.BusTimeout('x')).toBeInstanceOf(api.BusError);
    expect(new api.BusStatsError('x')).toBeInstanceOf(api.BusError);
  });
});
