// `AwaitableMixin<T>`: the contract of objects that can be waited on (`wait()`).
import { abstractClassError } from './abstractClass.js';

/**
 * Abstract base of objects that can be waited on: subclasses implement `wait()`, resolving the value
 * the object stands for.
 *
 * @remarks
 * The port of Python's `AwaitableMixin`, where `await obj` means `await obj.wait()`. Here the class is
 * deliberately **not** thenable (it has no `then`): a thenable would be unwrapped by every `await`,
 * `Promise.resolve` and async `return`, so the object could never be passed around as a value. Write
 * `await obj.wait()`. The class contributes the contract and `instanceof AwaitableMixin`; subclasses may
 * add optional parameters to `wait` (`EventMixin.wait(opts?)`, `StatefulBarrier.wait(state?, opts?)`).
 *
 * @typeParam T - What `wait()` resolves.
 * @throws TypeError `asyncutils.mixins.AwaitableMixin: cannot instantiate abstract class` when the
 * mixin itself is instantiated (through a cast).
 *
 * @example
 * ```ts
 * import { AwaitableMixin } from '@asyncutils/mixins';
 *
 * class Delay extends AwaitableMixin<number> {
 *   constructor(private readonly ms: number) { super(); }
 *   wait(): Promise<number> {
 *     return new Promise((resolve) => setTimeout(() => resolve(this.ms), this.ms));
 *   }
 * }
 * await new Delay(10).wait(); // 10
 * ```
 */
export abstract class AwaitableMixin<T> {
  constructor() {
    if (new.target === AwaitableMixin) throw abstractClassError('AwaitableMixin');
  }

  /**
   * Waits for the object and resolves its value.
   * @returns A promise of the value.
   */
  abstract wait(): Promise<T>;
}
