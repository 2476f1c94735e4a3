import { describe, expect, it } from 'vitest';
import { Deadlock } from '@asyncutils/exceptions';
import { Task } from '@asyncutils/futures';
import { getFuture } from '../src/getFuture.js';
import { rejection } from './support/hooks.js';

describe('getFuture', () => {
  it('check 15: a Task settling like the promise; values are accepted', async () => {
    const t = getFuture(Promise.resolve('p'));
    expect(t).toBeInstanceOf(Task);
    expect(await t).toBe('p');
    expect(t.result()).toBe('p');
    const seven = getFuture(7);
    expect(await seven).toBe(7);
    const e = new Error('x');
    const bad = getFuture(Promise.reject(e));
    expect(await rejection(bad)).toBe(e);
    expect(bad.state).toBe('rejected');
  });

  it('regression: a critical error is passed through as is (no Critical wrapping)', async () => {
    const d = new Deadlock('d');
    expect(await rejection(getFuture(Promise.reject(d)))).toBe(d);
  });
});
