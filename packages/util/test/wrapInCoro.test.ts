import { Deadlock } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { wrapInCoro } from '../src/wrapInCoro.js';
import { rejection } from './support/hooks.js';

describe('wrapInCoro', () => {
  it('check 19: returns a distinct native Promise per call, resolving to the thenable value', async () => {
    const thenable = { then: (resolve: (v: number) => void) => resolve(5) };
    const a = wrapInCoro(thenable);
    const b = wrapInCoro(thenable);
    expect(a).toBeInstanceOf(Promise);
    expect(a).not.toBe(b);
    expect(await a).toBe(5);
    expect(await b).toBe(5);
  });

  it('never returns its argument, even a native promise; values pass through', async () => {
    const p = Promise.resolve(1);
    const w = wrapInCoro(p);
    expect(w).not.toBe(p);
    expect(await w).toBe(1);
    expect(await wrapInCoro('plain')).toBe('plain');
    expect(await wrapInCoro(undefined)).toBeUndefined();
  });

  it('rejects as the awaitable rejects', async () => {
    const e = new Error('x');
    expect(await rejection(wrapInCoro(Promise.reject(e)))).toBe(e);
  });

  it('regression: critical errors are not wrapped in Critical (no such category in JS)', async () => {
    const d = new Deadlock('d');
    expect(await rejection(wrapInCoro(Promise.reject(d)))).toBe(d);
  });
});
