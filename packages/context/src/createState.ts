// Creation of the realm-wide context state (see state.ts): the first write, scope or scope-kind query of any
// copy creates it, with the scope mechanism detected lazily on the first scope.
import type { ContextScopeKind } from './contextScopeKind.js';
import type { ContextScopeProvider } from './setContextScopeProvider.js';
import { existingState, stateKey, useState, type ContextFrame, type ContextState, type ContextValueRecord } from './state.js';

/**
 * The shared context state, resolved (and created if absent) on the first call and cached afterwards.
 *
 * @throws TypeError `asyncutils.context: incompatible context state on globalThis` when `globalThis` holds
 * something other than a compatible state under the key.
 */
export function contextState(): ContextState {
  const existing = existingState();
  if (existing !== undefined) return existing;
  const state = createContextState();
  try {
    Object.defineProperty(globalThis, stateKey, { value: state, writable: false, enumerable: false, configurable: false });
  } catch {
    // A frozen (or otherwise locked) globalThis: this copy keeps its state to itself.
  }
  return useState(state);
}

/** The globals detection reads; all optional, none imported, so bundlers see no Node dependency. */
interface ScopeGlobals {
  AsyncContext?: { Variable?: unknown };
  AsyncLocalStorage?: unknown;
  process?: { getBuiltinModule?: (id: string) => unknown };
}

type StorageConstructor = new () => { run<R>(store: unknown, fn: () => R): R; getStore(): unknown };
type VariableConstructor = new () => { run<R>(value: unknown, fn: () => R): R; get(): unknown };

/** Finds the best scope mechanism of the runtime, by reading properties of `globalThis` only. */
function detectScopeProvider(): { provider: ContextScopeProvider | undefined; kind: ContextScopeKind } {
  const g = globalThis as ScopeGlobals;
  try {
    const Variable = g.AsyncContext?.Variable;
    if (typeof Variable === 'function') {
      const variable = new (Variable as VariableConstructor)();
      return {
        provider: { run: (frame, fn) => variable.run(frame, fn), get: () => variable.get() as object | undefined },
        kind: 'async-context',
      };
    }
  } catch {
    // A proposal implementation that does not behave as specified: try the next mechanism.
  }
  try {
    let Storage: unknown = g.AsyncLocalStorage;
    if (typeof Storage !== 'function') {
      const hooks = g.process?.getBuiltinModule?.('async_hooks') as { AsyncLocalStorage?: unknown } | undefined;
      Storage = hooks?.AsyncLocalStorage;
    }
    if (typeof Storage === 'function') {
      const storage = new (Storage as StorageConstructor)();
      return {
        provider: { run: (frame, fn) => storage.run(frame, fn), get: () => storage.getStore() as object | undefined },
        kind: 'async-local-storage',
      };
    }
  } catch {
    // No usable AsyncLocalStorage: the synchronous fallback below.
  }
  return { provider: undefined, kind: 'sync' };
}

/** Builds a fresh, frozen version 1 state whose functions close over the private scope machinery. */
function createContextState(): ContextState {
  const root: ContextFrame = { ctx: undefined };
  let overrideRecord: Readonly<ContextValueRecord> = Object.freeze(Object.create(null) as ContextValueRecord);
  // Until the first `run`, no scope exists, so `frame()` needs neither a provider nor detection.
  let detected = false;
  let provider: ContextScopeProvider | undefined;
  let kind: ContextScopeKind = 'sync';
  // The synchronous fallback: frames of the `run` calls on the call stack, innermost last.
  const stack: ContextFrame[] = [];

  function detect(): void {
    if (detected) return;
    ({ provider, kind } = detectScopeProvider());
    detected = true;
  }

  function frame(): ContextFrame {
    if (provider !== undefined) {
      const current = provider.get() as ContextFrame | undefined;
      return current ?? root;
    }
    return stack.length === 0 ? root : (stack[stack.length - 1] as ContextFrame);
  }

  function run<R>(next: ContextFrame, fn: () => R): R {
    detect();
    if (provider !== undefined) return provider.run(next, fn);
    stack.push(next);
    try {
      return fn();
    } finally {
      stack.pop();
    }
  }

  function overrides(): Readonly<ContextValueRecord> {
    return overrideRecord;
  }

  function setOverrides(record: Readonly<ContextValueRecord>): void {
    overrideRecord = record;
  }

  function scopeKind(): ContextScopeKind {
    detect();
    return kind;
  }

  function setScopeProvider(next: ContextScopeProvider | 'auto' | 'sync', reportAs: 'custom' | 'async-local-storage'): void {
    if (frame() !== root) throw new Error('asyncutils.context: cannot change the scope provider inside a scope');
    if (next === 'auto') {
      detected = false;
      detect();
    } else if (next === 'sync') {
      provider = undefined;
      kind = 'sync';
      detected = true;
    } else {
      provider = next;
      kind = reportAs;
      detected = true;
    }
  }

  return Object.freeze({ version: 1, root, frame, run, overrides, setOverrides, scopeKind, setScopeProvider });
}

