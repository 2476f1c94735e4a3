// One valid construction of every error class of the package, with its TS base class (check 1).
import type { ExceptionsModule } from './harness.js';

type AnyClass = abstract new (...args: never) => unknown;

/** A sample of one class: a fresh instance, its TS `extends` class, and the constructor arguments kept as properties. */
export interface ClassSample {
  readonly name: string;
  readonly make: () => Error;
  readonly base: AnyClass;
  readonly props: Readonly<Record<string, unknown>>;
}

/** Every error class of the package, built from `m` (the source, or another copy of it). */
export function classSamples(m: ExceptionsModule): ClassSample[] {
  const q = { toString: () => 'Q' };
  const fn = function f(): number {
    return 1;
  };
  const obj = { parts: [1, 2] };
  const exc = new Error('inner');
  const it = (async function* () {})();
  const info = { calls: 3, period: 1000, excess: 1 };
  const fulfil = (): void => {};
  const plain = (name: keyof ExceptionsModule, base: AnyClass): ClassSample => ({
    name,
    make: () => new (m[name] as new (message?: string) => Error)('message'),
    base,
    props: {},
  });
  return [
    { name: 'StateCorrupted', make: () => new m.StateCorrupted('a', 'd'), base: Error, props: { adjective: 'a', details: 'd' } },
    { name: 'Critical', make: () => new m.Critical(exc), base: Error, props: { exc, cause: exc } },
    plain('Deadlock', Error),
    plain('VersionError', Error),
    plain('VersionConversionError', m.VersionError),
    plain('VersionValueError', RangeError),
    { name: 'VersionNormalizerMissing', make: () => new m.VersionNormalizerMissing(obj), base: TypeError, props: { obj } },
    { name: 'VersionNormalizerTypeError', make: () => new m.VersionNormalizerTypeError(fn, obj), base: TypeError, props: { normalizer: fn, obj } },
    {
      name: 'VersionNormalizerFault',
      make: () => new m.VersionNormalizerFault(fn, obj, exc),
      base: m.VersionConversionError,
      props: { normalizer: fn, obj, exc, cause: exc },
    },
    { name: 'VersionCorrupted', make: () => new m.VersionCorrupted(obj), base: m.VersionError, props: { obj } },
    plain('BulkheadError', Error),
    plain('BulkheadFull', m.BulkheadError),
    plain('BulkheadShutDown', m.BulkheadError),
    plain('PoolError', Error),
    plain('PoolFull', m.PoolError),
    plain('PoolShutDown', m.PoolError),
    plain('ResourceBusy', Error),
    plain('BusError', Error),
    plain('BusTimeout', m.BusError),
    plain('BusShutDown', m.BusError),
    plain('BusStatsError', m.BusError),
    { name: 'BusPublishingError', make: () => new m.BusPublishingError({ name: 'bus1' }, fn), base: m.BusError, props: { middleware: fn } },
    plain('CircuitBreakerError', Error),
    plain('CircuitHalfOpen', m.CircuitBreakerError),
    plain('CircuitOpen', m.CircuitBreakerError),
    plain('EventValueError', RangeError),
    plain('FutureCorrupted', Error),
    plain('MaxIterationsError', Error),
    plain('ItemsExhausted', RangeError),
    { name: 'MoreThanOne', make: () => new m.MoreThanOne(it, 'two'), base: RangeError, props: { it, message: 'two' } },
    { name: 'RateLimitExceeded', make: () => new m.RateLimitExceeded(fn, [], info), base: Error, props: { ...info } },
    {
      name: 'LockForceRequest',
      make: () => new m.LockForceRequest(q, fulfil, obj, 'why'),
      base: Error,
      props: { requester: q, lock: obj, info: 'why', notes: ['why'] },
    },
    plain('PasswordQueueError', Error),
    { name: 'PasswordRetrievalError', make: () => new m.PasswordRetrievalError('pw'), base: m.PasswordQueueError, props: { from_: 'pw' } },
    { name: 'GetPasswordRetrievalError', make: () => new m.GetPasswordRetrievalError('pw'), base: m.PasswordRetrievalError, props: { from_: 'pw' } },
    { name: 'PutPasswordRetrievalError', make: () => new m.PutPasswordRetrievalError('pw'), base: m.PasswordRetrievalError, props: { from_: 'pw' } },
    { name: 'ForbiddenOperation', make: () => new m.ForbiddenOperation('do %s', 'x'), base: TypeError, props: { op: 'do x' } },
    { name: 'PasswordError', make: () => new m.PasswordError(q, 'pw'), base: m.PasswordQueueError, props: { wrongPwd: 'pw' } },
    { name: 'WrongPassword', make: () => new m.WrongPassword(q, 'pw'), base: RangeError, props: { wrongPwd: 'pw' } },
    {
      name: 'WrongPasswordType',
      make: () => new m.WrongPasswordType(q, 1, Number, String),
      base: TypeError,
      props: { wrongPwd: 1, wrongType: Number, correctType: String },
    },
    { name: 'GetPasswordMissing', make: () => new m.GetPasswordMissing(), base: m.PasswordMissing, props: {} },
    { name: 'PutPasswordMissing', make: () => new m.PutPasswordMissing(), base: m.PasswordMissing, props: {} },
    plain('QueueEmpty', Error),
    plain('QueueFull', Error),
    plain('QueueShutDown', Error),
    plain('BrokenBarrierError', Error),
    plain('InvalidStateError', Error),
    {
      name: 'FaultyConfig',
      make: () => new m.FaultyConfig('k', 'w', 'e', '/p'),
      base: Error,
      props: { key: 'k', wrong: 'w', expected: 'e', path: '/p' },
    },
  ];
}

/** The names of the 49 classes of the spec's class table (`PasswordMissing` is abstract: sampled through its subclasses). */
export const classNames: readonly string[] = [
  'StateCorrupted', 'Critical', 'Deadlock', 'VersionError', 'VersionConversionError', 'VersionValueError',
  'VersionNormalizerMissing', 'VersionNormalizerTypeError', 'VersionNormalizerFault', 'VersionCorrupted',
  'BulkheadError', 'BulkheadFull', 'BulkheadShutDown', 'PoolError', 'PoolFull', 'PoolShutDown', 'ResourceBusy',
  'BusError', 'BusTimeout', 'BusShutDown', 'BusStatsError', 'BusPublishingError', 'CircuitBreakerError',
  'CircuitHalfOpen', 'CircuitOpen', 'EventValueError', 'FutureCorrupted', 'MaxIterationsError', 'ItemsExhausted',
  'MoreThanOne', 'RateLimitExceeded', 'LockForceRequest', 'PasswordQueueError', 'PasswordRetrievalError',
  'GetPasswordRetrievalError', 'PutPasswordRetrievalError', 'ForbiddenOperation', 'PasswordError', 'WrongPassword',
  'WrongPasswordType', 'PasswordMissing', 'GetPasswordMissing', 'PutPasswordMissing', 'QueueEmpty', 'QueueFull',
  'QueueShutDown', 'BrokenBarrierError', 'InvalidStateError', 'FaultyConfig',
];
