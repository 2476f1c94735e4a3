import { describe, expectTypeOf, it } from 'vitest';
import type { CancellableLike } from '../src/index.js';

describe('CancellableLike', () => {
  it('is a PromiseLike with cancel and an optional done', () => {
    const task = Object.assign(Promise.resolve(1), { cancel: (_reason?: unknown) => true, done: () => false });
    expectTypeOf(task).toExtend<CancellableLike<number>>();
    expectTypeOf(Object.assign(Promise.resolve(''), { cancel() {} })).toExtend<CancellableLike<string>>();
    expectTypeOf<CancellableLike>().toExtend<PromiseLike<unknown>>();
    // @ts-expect-error a plain promise cannot be cancelled
    const plain: CancellableLike<number> = Promise.resolve(1);
    void plain;
  });
});
