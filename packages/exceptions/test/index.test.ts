import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { classNames, classSamples } from './support/classes.js';
import { expectErrorShape } from './support/shape.js';

describe('@asyncutils/exceptions public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'AbortErrorLike', 'AnyError', 'BrokenBarrierError', 'BulkheadError', 'BulkheadFull', 'BulkheadShutDown', 'BusError',
      'BusPublishingError', 'BusShutDown', 'BusStatsError', 'BusTimeout', 'CRITICAL', 'CircuitBreakerError', 'CircuitHalfOpen',
      'CircuitOpen', 'Critical', 'Deadlock', 'EventValueError', 'FaultyConfig', 'ForbiddenOperation', 'FutureCorrupted',
      'GetPasswordMissing', 'GetPasswordRetrievalError', 'IgnoreErrors', 'InvalidStateError', 'ItemsExhausted', 'LockForceRequest',
      'MaxIterationsError', 'MoreThanOne', 'PasswordError', 'PasswordMissing', 'PasswordQueueError', 'PasswordRetrievalError',
      'PoolError', 'PoolFull', 'PoolShutDown', 'PutPasswordMissing', 'PutPasswordRetrievalError', 'QueueEmpty', 'QueueFull',
      'QueueShutDown', 'RateLimitExceeded', 'ResourceBusy', 'StateCorrupted', 'TimeoutErrorLike', 'TypicalError',
      'VersionConversionError', 'VersionCorrupted', 'VersionError', 'VersionNormalizerFault', 'VersionNormalizerMissing',
      'VersionNormalizerTypeError', 'VersionValueError', 'WrongPassword', 'WrongPasswordType', 'errorMatcher', 'exceptionOccurred',
      'ignoreAll', 'ignoreNoncritical', 'ignoreTypeerrs', 'ignoreTypical', 'ignoreValerrs', 'potentDerive', 'prepareException',
      'raiseExc', 'raiseFor', 'ref', 'unnest', 'unnestReverse', 'unwrapExc', 'wrapExc',
    ]);
  });

  it('exports the 49 error classes of the class table', () => {
    expect(classNames).toHaveLength(49);
    for (const name of classNames) {
      const cls = api[name as keyof typeof api] as unknown as { name: string; prototype: Error };
      expect(typeof cls, name).toBe('function');
      expect(cls.name).toBe(name);
      expect(cls.prototype).toBeInstanceOf(Error);
    }
  });

  it('check 1: every class, built with valid arguments, has the shape of the conventions and keeps its arguments', () => {
    const samples = classSamples(api);
    expect(new Set(samples.map((s) => s.name))).toEqual(new Set(classNames.filter((n) => n !== 'PasswordMissing')));
    for (const sample of samples) {
      const cls = api[sample.name as keyof typeof api] as unknown as abstract new () => Error;
      const err = sample.make();
      expectErrorShape(err, cls as typeof cls & { name: string }, sample.base);
      expect(String(err).startsWith(`${sample.name}: `), sample.name).toBe(true);
      for (const [key, value] of Object.entries(sample.props)) expect((err as unknown as Record<string, unknown>)[key], `${sample.name}.${key}`).toStrictEqual(value);
    }
  });
});
