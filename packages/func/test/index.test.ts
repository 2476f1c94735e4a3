import { addAuditHook } from '@asyncutils/audit';
import * as util from '@asyncutils/util';
import * as exceptions from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { record } from './support/harness.js';

describe('@asyncutils/func public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'MaxIterationsError',
      'RateLimitExceeded',
      'RateLimited',
      'acompose',
      'afcopy',
      'aiterFromF',
      'areduce',
      'benchmark',
      'debounce',
      'discardRetval',
      'evaluateAndReturn',
      'every',
      'everymethod',
      'iterf',
      'measure',
      'measure2',
      'retry',
      'star',
      'throttle',
      'timer',
      'toAsync',
      'toSync',
      'unstar',
    ]);
  });

  it('check 28, regression: toAsync/toSync are the bindings of @asyncutils/util and raise the util events (no asyncutils.func.to_* event); no toSyncFromLoop', async () => {
    const events: string[] = [];
    using _all = { [Symbol.dispose]: addAuditHook((e) => void events.push(e)) };
    expect(api.toAsync).toBe(util.toAsync);
    expect(api.toSync).toBe(util.toSync);
    expect('toSyncFromLoop' in api).toBe(false);
    {
      using rec = record('asyncutils.util.to_async');
      const add = api.toAsync(function add(a: number, b: number) {
        return a + b;
      });
      expect(rec.calls).toEqual([['add']]);
      expect(await add(1, 2)).toBe(3);
    }
    using rec = record('asyncutils.util.to_sync');
    const five = api.toSync(function five() {
      return 5;
    });
    expect(rec.calls).toEqual([['five']]);
    expect(five()).toBe(5);
    expect(events.filter((e) => e.startsWith('asyncutils.func.'))).toEqual([]);
  });

  it('re-exports the error classes of @asyncutils/exceptions', () => {
    expect(api.RateLimitExceeded).toBe(exceptions.RateLimitExceeded);
    expect(api.MaxIterationsError).toBe(exceptions.MaxIterationsError);
  });

  it('check 5: aiterFromF over toAsync(counter) yields 0…9', async () => {
    let i = 0;
    const out: number[] = [];
    for await (const x of api.aiterFromF(api.toAsync(() => i++), { sentinel: 10 })) out.push(x);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
