// Shared test plumbing: a structural lock whose behaviour each test sets, deferreds, audit recording and
// scoped overrides of LOCKSMITH_BASE_DEFAULT_TIMEOUTS.
import { addAuditHook, type AuditHookRemover } from '@asyncutils/audit';
import { getcontext, LOCKSMITH_BASE_DEFAULT_TIMEOUTS } from '@asyncutils/context';
import type { AsyncLockLike } from '@asyncutils/mixins';
import { vi } from 'vitest';

export const EVENT = 'asyncutils.locksmiths.LocksmithBase.force';

/** A structural lock (not a library class): `release` does what `onRelease` says. */
export class StubLock implements AsyncLockLike {
  held = false;
  onRelease: () => unknown = () => {
    this.held = false;
  };
  acquire(): Promise<boolean> {
    this.held = true;
    return Promise.resolve(true);
  }
  release(): unknown {
    return this.onRelease();
  }
  locked(): boolean {
    return this.held;
  }
}

/** A `StubLock` whose release always throws (what an owner-checked lock does for a stranger). */
export class StuckLock extends StubLock {
  constructor() {
    super();
    this.held = true;
    this.onRelease = () => {
      throw new Error('StuckLock: not yours');
    };
  }
}

/** The state of a promise after pending callbacks ran: `'pending'`, or its settled outcome. */
export async function state(promise: Promise<unknown>): Promise<'pending' | { value: unknown } | { error: unknown }> {
  let out: 'pending' | { value: unknown } | { error: unknown } = 'pending';
  promise.then(
    (value) => {
      out = { value };
    },
    (error: unknown) => {
      out = { error };
    },
  );
  for (let i = 0; i < 20; i++) await Promise.resolve();
  return out;
}

/** Records the arguments of every force event while installed; remove it with `using`. */
export function recordForceEvents(onEvent?: (args: readonly [number, number]) => void): { calls: (readonly [number, number])[]; remover: AuditHookRemover } {
  const calls: (readonly [number, number])[] = [];
  const remover = addAuditHook((event, args) => {
    if (event === EVENT) {
      calls.push([args[0], args[1]]);
      onEvent?.(args);
    }
  });
  return { calls, remover };
}

/** Runs `fn` with LOCKSMITH_BASE_DEFAULT_TIMEOUTS set realm-wide (works under every scope kind), then restores it. */
export async function withTimeouts<R>(value: readonly [number | null, number | null, number | null], fn: () => Promise<R>): Promise<R> {
  const ctx = getcontext();
  const before = LOCKSMITH_BASE_DEFAULT_TIMEOUTS.get();
  ctx.LOCKSMITH_BASE_DEFAULT_TIMEOUTS = value;
  try {
    return await fn();
  } finally {
    ctx.LOCKSMITH_BASE_DEFAULT_TIMEOUTS = before;
  }
}

/** Silences (and returns spies on) the console methods the default hooks use. */
export function quietConsole(): { info: ReturnType<typeof vi.spyOn>; warn: ReturnType<typeof vi.spyOn>; error: ReturnType<typeof vi.spyOn> } {
  return {
    info: vi.spyOn(console, 'info').mockImplementation(() => {}),
    warn: vi.spyOn(console, 'warn').mockImplementation(() => {}),
    error: vi.spyOn(console, 'error').mockImplementation(() => {}),
  };
}

/** Counts abort listeners on a signal (added minus removed) by wrapping its methods. */
export function listenerCounter(signal: AbortSignal): { readonly added: number; readonly removed: number; readonly live: number } {
  let added = 0;
  let removed = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  const live = new Set<unknown>();
  signal.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: AddEventListenerOptions | boolean) => {
    if (type === 'abort') {
      added++;
      live.add(listener);
    }
    add(type, listener, options);
  }) as AbortSignal['addEventListener'];
  signal.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: EventListenerOptions | boolean) => {
    if (type === 'abort' && live.delete(listener)) removed++;
    remove(type, listener, options);
  }) as AbortSignal['removeEventListener'];
  return {
    get added() {
      return added;
    },
    get removed() {
      return removed;
    },
    get live() {
      return live.size;
    },
  };
}

export { deferred } from '@asyncutils/tooling/testing';
