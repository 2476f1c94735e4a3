import { describe, expect, it, vi } from 'vitest';
import { Task } from '@asyncutils/futures';
import { newEagerTasks } from '../src/newEagerTasks.js';
import { flushMicrotasks } from './support/hooks.js';

describe('newEagerTasks', () => {
  it('check 16: lazy; a function item is called exactly when its task is produced; items are Tasks', async () => {
    const fnA = vi.fn((_signal: AbortSignal) => 'a');
    const p = Promise.resolve('p');
    const gen = newEagerTasks<string>(fnA, p);
    expect(fnA).not.toHaveBeenCalled();
    const first = gen.next();
    expect(fnA).toHaveBeenCalledTimes(1);
    expect(fnA.mock.calls[0]![0]).toBeInstanceOf(AbortSignal);
    expect(first.value).toBeInstanceOf(Task);
    expect((first.value as Task<string>).done()).toBe(true);
    const second = gen.next();
    expect(second.value).toBeInstanceOf(Task);
    expect(await (second.value as Task<string>)).toBe('p');
    expect(gen.next().done).toBe(true);
  });

  it('regression: eagerness is per task; later tasks are not eager (no global task-factory change)', async () => {
    [...newEagerTasks(() => 1)];
    const later = vi.fn(() => 2);
    const t = new Task(later);
    expect(later).not.toHaveBeenCalled();
    await flushMicrotasks();
    expect(later).toHaveBeenCalled();
    expect(await t).toBe(2);
  });

  it('values become fulfilled tasks', async () => {
    const tasks = [...newEagerTasks(() => 1, Promise.resolve(2), 3)];
    expect(await Promise.all(tasks)).toEqual([1, 2, 3]);
  });
});
