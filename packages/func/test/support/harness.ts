// Test plumbing: audit recording, abort-listener accounting, console spies and promise helpers.
import { addAuditHook, type AuditEventName } from '@asyncutils/audit';
import { getEventListeners } from 'node:events';
import { vi, type MockInstance } from 'vitest';
import { flush as sharedFlush } from '@asyncutils/tooling/testing';

export { isDomError, track } from '@asyncutils/tooling/testing';

/** Lets every queued microtask (and the ones they queue, a few levels deep) run. */
export const flush = (rounds = 20): Promise<void> => sharedFlush(rounds);

/** Number of abort listeners on `signal`. */
export function listeners(signal: AbortSignal): number {
  return getEventListeners(signal, 'abort').length;
}

/**
 * Installs a hook recording every event named `name` (its args), optionally throwing `veto` on it; the
 * returned object is disposable (`using rec = record(…)`) and removes the hook.
 */
export function record(name: AuditEventName, veto?: unknown): { calls: (readonly unknown[])[]; [Symbol.dispose](): void } {
  const calls: (readonly unknown[])[] = [];
  const off = addAuditHook((event, args) => {
    if (event !== name) return;
    calls.push(args);
    if (veto !== undefined) throw veto;
  });
  return { calls, [Symbol.dispose]: () => void off() };
}

/** A promise with its settle functions. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

/** A new {@link Deferred}. */
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((y, x) => {
    resolve = y;
    reject = x;
  });
  return { promise, resolve, reject };
}

/** A promise that resolves `value` after `ms` (by setTimeout, so fake timers drive it). */
export function later<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

/** A promise that rejects with `reason` after `ms`. */
export function failLater(ms: number, reason: unknown): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(reason), ms));
}

/** Silenced spies on the console methods the package reports through. */
export function spyConsole(): Record<'debug' | 'info' | 'warn' | 'error', MockInstance> {
  return {
    debug: vi.spyOn(console, 'debug').mockImplementation(() => {}),
    info: vi.spyOn(console, 'info').mockImplementation(() => {}),
    warn: vi.spyOn(console, 'warn').mockImplementation(() => {}),
    error: vi.spyOn(console, 'error').mockImplementation(() => {}),
  };
}

/** The fake clock's time, in ms (`performance.now()` is faked together with the timers). */
export const clock = (): number => performance.now();
