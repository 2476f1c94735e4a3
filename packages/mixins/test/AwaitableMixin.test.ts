import { describe, expect, it } from 'vitest';
import { AwaitableMixin } from '../src/index.js';
import { Constant } from './support/fixtures.js';

describe('AwaitableMixin', () => {
  it('check 1: cannot be instantiated itself; a subclass can', () => {
    expect(() => new (AwaitableMixin as unknown as new () => object)()).toThrow(TypeError);
    expect(new Constant(3)).toBeInstanceOf(AwaitableMixin);
  });

  it('wait() resolves the value the subclass provides', async () => {
    await expect(new Constant('x').wait()).resolves.toBe('x');
  });

  it('check 2 / regression: not thenable, so `await obj` yields the object and not wait()', async () => {
    const c = new Constant(7);
    expect('then' in c).toBe(false);
    expect(await c).toBe(c);
    const passed = await (async () => c)();
    expect(passed).toBe(c);
  });
});
