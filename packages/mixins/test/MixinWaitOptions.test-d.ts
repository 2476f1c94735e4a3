import { describe, expectTypeOf, it } from 'vitest';
import type { EventMixin, MixinWaitForValueOptions, MixinWaitOptions } from '../src/index.js';

describe('MixinWaitOptions / MixinWaitForValueOptions', () => {
  it('has an optional signal and timeout; waitForValue adds setAtTimeout', () => {
    expectTypeOf<MixinWaitOptions>().toEqualTypeOf<{ signal?: AbortSignal; timeout?: number }>();
    expectTypeOf<MixinWaitForValueOptions>().toExtend<MixinWaitOptions>();
    expectTypeOf<MixinWaitForValueOptions['setAtTimeout']>().toEqualTypeOf<boolean | undefined>();
  });

  it('check 17: EventMixin<number>["wait"] returns Promise<number>', () => {
    expectTypeOf<EventMixin<number>['wait']>().returns.toEqualTypeOf<Promise<number>>();
    expectTypeOf<EventMixin<number>['wait']>().parameters.toEqualTypeOf<[opts?: MixinWaitOptions]>();
    expectTypeOf<EventMixin<string>['waitForValue']>().parameters.toEqualTypeOf<[value: string, opts?: MixinWaitForValueOptions]>();
    expectTypeOf<EventMixin<string>['waitForValue']>().returns.toEqualTypeOf<Promise<void>>();
  });

  it('structurally compatible wider option types are accepted by subclasses', () => {
    type EventWaitOptions = MixinWaitOptions & { label?: string };
    abstract class Wider extends (Object as unknown as abstract new () => EventMixin<number>) {
      abstract override waitForNext(opts?: EventWaitOptions): Promise<number>;
    }
    expectTypeOf<Wider>().toExtend<EventMixin<number>>();
  });
});
