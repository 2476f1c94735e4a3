// Test plumbing: race inputs whose life is observable (when they were called, aborted, settled).
import type { RaceInput } from '../../src/race.js';

/** What happened to one input. */
export interface Probe<T> {
  /** The function input to race. */
  readonly input: RaceInput<T>;
  /** The signal it was called with (after the call). */
  signal: AbortSignal | undefined;
  /** How many times it was called. */
  calls: number;
  /** Its outcome, once settled. */
  settled: { readonly ok: boolean; readonly value: unknown } | undefined;
}

/**
 * `sleep(ms, v)`: a function input resolving `v` after `ms` (fake-timer friendly), unless aborted first: then it
 * clears its timer and rejects with the signal's reason.
 */
export function sleep<T>(ms: number, v: T): Probe<T> {
  const probe: Probe<T> = {
    signal: undefined,
    calls: 0,
    settled: undefined,
    input: (signal) => {
      probe.calls++;
      probe.signal = signal;
      return new Promise<T>((resolve, reject) => {
        const t = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          probe.settled = { ok: true, value: v };
          resolve(v);
        }, ms);
        const onAbort = (): void => {
          clearTimeout(t);
          probe.settled = { ok: false, value: signal.reason };
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
  return probe;
}

/** A function input rejecting `error` after `ms` (aborted: rejects with the reason at once). */
export function failAfter(ms: number, error: unknown): Probe<never> {
  const probe: Probe<never> = {
    signal: undefined,
    calls: 0,
    settled: undefined,
    input: (signal) => {
      probe.calls++;
      probe.signal = signal;
      return new Promise<never>((_resolve, reject) => {
        const t = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          probe.settled = { ok: false, value: error };
          reject(error);
        }, ms);
        const onAbort = (): void => {
          clearTimeout(t);
          probe.settled = { ok: false, value: signal.reason };
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
  return probe;
}

/** Whether `e` is the `lost the race` AbortError of `api` (e.g. `asyncutils.compete.first_completed`). */
export function isLostRace(e: unknown, api: string): boolean {
  return e instanceof DOMException && e.name === 'AbortError' && e.message === `${api}: lost the race`;
}

export { deferred } from '@asyncutils/tooling/testing';
