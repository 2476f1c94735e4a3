// Test plumbing: scoped audit hooks (hooks are realm-global, so every helper returns a disposable remover),
// a spy on `Future.onCallbackError`, and a way to wait for Node's unhandled-rejection processing.
import { addAuditHook, type AuditHookRemover } from '@asyncutils/audit';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { vi, type MockInstance } from 'vitest';
import { Future } from '../../src/index.js';

/** A recorded event, with what had happened when it was raised. */
export interface Recorded {
  readonly event: string;
  readonly args: readonly unknown[];
}

/** Records every `asyncutils.futures.*` event while in scope; `onEvent` runs inside the hook. */
export function recordEvents(onEvent?: (event: string, args: readonly unknown[]) => void): { readonly events: Recorded[] } & Disposable {
  const events: Recorded[] = [];
  const off: AuditHookRemover = addAuditHook((event, args) => {
    if (!event.startsWith('asyncutils.futures.')) return;
    events.push({ event, args: [...args] });
    onEvent?.(event, args);
  });
  return { events, [Symbol.dispose]: () => void off() };
}

/** A hook that throws `error` for `name` while in scope. */
export function veto(name: string, error: unknown = new Error(`vetoed ${name}`)): Disposable {
  const off = addAuditHook((event) => {
    if (event === name) throw error;
  });
  return { [Symbol.dispose]: () => void off() };
}

/** Replaces `Future.onCallbackError` with a recording spy (restored after each test by `restoreMocks`). */
export function spyOnCallbackError(): MockInstance<(error: unknown, future: Future<unknown>) => void> {
  return vi.spyOn(Future, 'onCallbackError').mockImplementation(() => {});
}

/** Collects `unhandledRejection` reports while in scope. */
export function watchUnhandled(): { readonly reasons: unknown[] } & Disposable {
  const reasons: unknown[] = [];
  const listener = (reason: unknown): void => void reasons.push(reason);
  process.on('unhandledRejection', listener);
  return { reasons, [Symbol.dispose]: () => void process.off('unhandledRejection', listener) };
}

/** Lets two macrotask turns pass, after which Node has reported any unhandled rejection. No timers involved. */
export async function afterRejectionTracking(): Promise<void> {
  await nextMacrotask();
  await nextMacrotask();
}

/** The value `fn` throws; fails when it returns normally. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
