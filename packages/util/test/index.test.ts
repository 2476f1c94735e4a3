import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const RUNTIME_EXPORTS = [
  'aawcmf2dcmf',
  'aawcmf2dcmff',
  'afalsify',
  'anullcontext',
  'anullify',
  'atruthify',
  'avalify',
  'dcm',
  'doneEvt',
  'doneFut',
  'dualcontextmanager',
  'getFuture',
  'ignoreCancellation',
  'lockedLock',
  'lockf',
  'makeTaskFactory',
  'newEagerTasks',
  'safeCancel',
  'semaphore',
  'syncAwait',
  'syncLock',
  'syncLockFromBinder',
  'toAsync',
  'toSync',
  'transientBlock',
  'wrapInCoro',
];

describe('@asyncutils/util public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual(RUNTIME_EXPORTS);
  });

  it('check 28 / regression: exports neither toSyncFromLoop nor transientBlockFromLoop (one loop, one thread)', () => {
    expect(api).not.toHaveProperty('toSyncFromLoop');
    expect(api).not.toHaveProperty('transientBlockFromLoop');
  });

  it('check 28: toAsync/toSync from @asyncutils/func are the same bindings as from @asyncutils/util', async () => {
    // A computed specifier: func depends on util (not the reverse), so only the test runner resolves it.
    const specifier = ['@asyncutils', 'func'].join('/');
    const func = (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
    const util = (await import(/* @vite-ignore */ ['@asyncutils', 'util'].join('/'))) as Record<string, unknown>;
    expect(func.toAsync).toBe(api.toAsync);
    expect(func.toSync).toBe(api.toSync);
    expect(util.toAsync).toBe(api.toAsync);
  });
});
