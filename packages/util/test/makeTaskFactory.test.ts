import { describe, expect, it, vi } from 'vitest';
import { localContext } from '@asyncutils/context';
import { AsyncCallbacksTask, Task } from '@asyncutils/futures';
import { makeTaskFactory } from '../src/makeTaskFactory.js';
import { flushMicrotasks } from './support/hooks.js';

describe('makeTaskFactory', () => {
  it('check 17: an eager AsyncCallbacksTask; (w, {eager: false}) overrides', async () => {
    const factory = makeTaskFactory(AsyncCallbacksTask, true);
    const w = vi.fn(() => 5);
    const t = factory(w);
    expect(t).toBeInstanceOf(AsyncCallbacksTask);
    expect(w).toHaveBeenCalledTimes(1);
    expect(t.done()).toBe(true);
    const w2 = vi.fn(() => 6);
    const lazy = factory(w2, { eager: false, name: 'lazy' });
    expect(w2).not.toHaveBeenCalled();
    expect(lazy.name).toBe('lazy');
    expect(await lazy).toBe(6);
  });

  it('check 17: MAKE_TASK_FACTORY_DEFAULT_EAGER is read when makeTaskFactory is called', async () => {
    const eagerByContext = localContext({ MAKE_TASK_FACTORY_DEFAULT_EAGER: true }, () => makeTaskFactory(Task));
    const w = vi.fn(() => 1);
    eagerByContext(w);
    expect(w).toHaveBeenCalledTimes(1);
    const lazyByDefault = makeTaskFactory(Task);
    const w2 = vi.fn(() => 2);
    const t = lazyByDefault(w2);
    expect(w2).not.toHaveBeenCalled();
    await flushMicrotasks();
    expect(w2).toHaveBeenCalled();
    expect(await t).toBe(2);
  });

  it('regression: the factory is called directly (no loop task factory); it passes options through', async () => {
    const ctrl = new AbortController();
    const t = makeTaskFactory(Task, false)(() => new Promise(() => {}), { signal: ctrl.signal });
    ctrl.abort(new Error('stop'));
    await flushMicrotasks();
    expect(t.cancelled()).toBe(true);
  });

  it('rejects bad input with TypeError', () => {
    expect(() => makeTaskFactory(5 as never)).toThrow(/TaskClass must be a function/);
    expect(() => makeTaskFactory(Task, 'yes' as never)).toThrow('asyncutils.util.make_task_factory: eager must be a boolean, got "yes"');
  });
});
