import { describe, expect, it } from 'vitest';
import { dummyTask } from '../src/index.js';
import { dummyTask as again } from '../src/dummyTask.js';

describe('dummyTask', () => {
  it('check 24: frozen, fulfilled with undefined, the same object on every import', async () => {
    expect(dummyTask).toBeInstanceOf(Promise);
    expect(Object.isFrozen(dummyTask)).toBe(true);
    expect(await dummyTask).toBeUndefined();
    expect(again).toBe(dummyTask);
    const { dummyTask: third } = await import('../src/index.js');
    expect(third).toBe(dummyTask);
  });

  it('awaiting it completes after one microtask turn', async () => {
    const order: string[] = [];
    const waiting = (async () => {
      await dummyTask;
      order.push('awaited');
    })();
    queueMicrotask(() => order.push('microtask 1'));
    expect(order).toEqual([]);
    await waiting;
    expect(order[0]).toBe('awaited');
  });

  it('cannot be tampered with', () => {
    expect(() => {
      (dummyTask as unknown as { then: unknown }).then = () => {};
    }).toThrow(TypeError);
  });
});
