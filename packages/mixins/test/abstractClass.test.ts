import { describe, expect, it } from 'vitest';
import {
  AsyncContextMixin,
  AwaitableMixin,
  EventMixin,
  ExecutorRequiredAsyncContextMixin,
  LockMixin,
  LockWithOwnerMixin,
} from '../src/index.js';
import { abstractClassError } from '../src/abstractClass.js';
import { Constant, Deferred, QueueLock, Recorder, TokenLock, ValueEvent } from './support/fixtures.js';

type Ctor = new () => object;
const mixins: Array<[string, unknown]> = [
  ['AwaitableMixin', AwaitableMixin],
  ['AsyncContextMixin', AsyncContextMixin],
  ['ExecutorRequiredAsyncContextMixin', ExecutorRequiredAsyncContextMixin],
  ['LockMixin', LockMixin],
  ['LockWithOwnerMixin', LockWithOwnerMixin],
  ['EventMixin', EventMixin],
];

describe('abstractness at run time', () => {
  it.each(mixins)('check 1: new %s() throws TypeError naming the mixin', (name, mixin) => {
    expect(() => new (mixin as Ctor)()).toThrow(TypeError);
    expect(() => new (mixin as Ctor)()).toThrow(`asyncutils.mixins.${name}: cannot instantiate abstract class`);
  });

  it('check 1: a concrete subclass of every mixin constructs', () => {
    expect(new Constant(1)).toBeInstanceOf(AwaitableMixin);
    expect(new Recorder()).toBeInstanceOf(AsyncContextMixin);
    expect(new Deferred()).toBeInstanceOf(ExecutorRequiredAsyncContextMixin);
    expect(new Deferred()).toBeInstanceOf(AsyncContextMixin);
    expect(new QueueLock()).toBeInstanceOf(LockMixin);
    expect(new TokenLock()).toBeInstanceOf(LockWithOwnerMixin);
    expect(new TokenLock()).toBeInstanceOf(LockMixin);
    expect(new ValueEvent()).toBeInstanceOf(EventMixin);
    expect(new ValueEvent()).toBeInstanceOf(AwaitableMixin);
  });

  it('check 1: a subclass that adds no members of its own still constructs', () => {
    class Bare extends (LockWithOwnerMixin as unknown as new () => object) {}
    expect(() => new Bare()).not.toThrow();
  });

  it('check 2: no instance of a subclass of any mixin has a then property', async () => {
    const instances: object[] = [new Constant(1), new Recorder(), new Deferred(), new QueueLock(), new TokenLock(), new ValueEvent()];
    for (const x of instances) expect('then' in x).toBe(false);
    // so each one survives being resolved as a value
    for (const x of instances) expect(await Promise.resolve(x)).toBe(x);
  });

  it('abstractClassError builds the documented TypeError', () => {
    const e = abstractClassError('LockMixin');
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe('asyncutils.mixins.LockMixin: cannot instantiate abstract class');
  });
});
