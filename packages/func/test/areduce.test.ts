import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areduce } from '../src/areduce.js';

const range10 = Array.from({ length: 10 }, (_, i) => i);
async function* agen<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const x of items) yield x;
}

describe('areduce', () => {
  it('check 2: sums array and async sources, matches Math.max, honours initial, awaits async reducers', async () => {
    const add = (a: number, b: number): number => a + b;
    expect(await areduce(add, range10)).toBe(45);
    expect(await areduce(add, agen(range10))).toBe(45);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 30 }), async (list) => {
        expect(await areduce(Math.max, list)).toBe(Math.max(...list));
      }),
      { numRuns: 50 },
    );
    expect(await areduce(() => true, [], { initial: null })).toBeNull();
    expect(await areduce((a: string, b: string) => a + b, [], { initial: undefined })).toBeUndefined();
    await expect(areduce(add, [])).rejects.toThrow(new TypeError('asyncutils.func.areduce: empty (async) iterable passed without initial value'));
    await expect(areduce(add, agen([]))).rejects.toThrow(TypeError);
    expect(await areduce(async (a: number, b: number) => a * b, agen([1, 2, 3, 4]), { initial: 10 })).toBe(240);
  });

  it('does not await items of a sync iterable', async () => {
    const p = Promise.resolve(1);
    expect(await areduce((acc: unknown[], x: unknown) => [...acc, x], [p], { initial: [] as unknown[] })).toEqual([p]);
  });

  it('rejects bad arguments and reducer errors', async () => {
    await expect(areduce(5 as never, [1])).rejects.toThrow(/f must be a function, got 5/);
    await expect(areduce((a: number) => a, 3 as never)).rejects.toThrow(/it must be an iterable or an async iterable, got 3/);
    await expect(areduce((a: number) => a, [1], 'x' as never)).rejects.toThrow(/options must be an object/);
    const boom = new Error('boom');
    await expect(
      areduce(
        () => {
          throw boom;
        },
        [1, 2],
      ),
    ).rejects.toBe(boom);
  });

  it('regression: no await_ flag; only thenable results are awaited (an object whose then is not callable is kept)', async () => {
    const notThenable = { then: 1 };
    expect(await areduce(() => notThenable, [1, 2])).toBe(notThenable);
    expect(await areduce((a: number, b: number) => Promise.resolve(a + b), [1, 2, 3])).toBe(6);
    // @ts-expect-error Python's await_ option does not exist
    await areduce((a: number, b: number) => a + b, [1], { await_: false });
  });
});
