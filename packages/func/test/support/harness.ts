// Test plumbing: audit recording, abort-listener accounting, console spies and promise helpers.
import { addAuditHook, type AuditEventName } from '@asyncutils/audit';
import { vi, type MockInstance } from 'vitest';
import { flush as sharedFlush } from '@asyncutils/tooling/testing';

export { abortListeners as listeners, deferred, isDomError, track } from '@asyncutils/tooling/testing';

/** Lets every queued microtask (and the ones they queue, a few levels deep) run. */
export const flush = (rounds = 20): Promise<void> => sharedFlush(rounds);

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
