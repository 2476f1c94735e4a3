// Internal: the process-wide state of the configuration, shared by every loaded copy of the package.
//
// The package is built once per entry (`.` and `./register`) and as ESM and CJS, so one process may run
// several copies of this code. The configuration is process-wide by nature: all copies must see one cache,
// one logger and one executor registry, or `node --import @asyncutils/config/register` would load the file
// (and advance a `next_config` chain) once per copy. The state therefore lives on `globalThis` under a
// `Symbol.for` key, created on first use (never at import).
import type { EventLoopDescriptor } from '@asyncutils/audit';
import type { ExecutorClass } from './Executor.js';
import type { LoadRecord } from './loadConfig.js';

/** Where log records go. `fd` is a descriptor we write to; `owned` means we opened it and close it. */
export type LogSink =
  | { readonly kind: 'null' | 'memory' | 'stdout' | 'stderr' }
  | { readonly kind: 'fd'; readonly fd: number; readonly owned: boolean };

/** The saved level of a `Debugging` context manager; `null`s when not entered. */
export interface DebugSlot {
  origLevel: number | null;
}

/** The shared state (version 1). */
export interface ConfigState {
  readonly version: 1;
  /** The cached load, or `undefined` before the first successful load. */
  loaded: LoadRecord | undefined;
  /** True while a load runs (re-entrant loads from audit hooks or log calls are refused or skipped). */
  loading: boolean;
  /** Whether the last successful load installed context overrides (so a later load must clear them). */
  contextInstalled: boolean;
  /** The logger. */
  readonly log: {
    level: number;
    sink: LogSink;
    /** The destination as configured (the raw `logging_to` value and the directory it was resolved in). */
    spec: string | number | undefined;
    specCwd: string | undefined;
    /** The resolved destination name reported by `configFlags.loggingTo`. */
    name: string | number;
    /** Text stored by the `MEMORY` destination. */
    memory: string;
    /** Whether the process `exit` listener that closes a log file is installed. */
    exitHook: boolean;
  };
  /** The saved level of the global `debug` instance. */
  readonly debug: DebugSlot;
  /** Executors registered with `registerExecutor`. */
  readonly registry: Map<string, ExecutorClass>;
  /** `<module>#<export>` executors already resolved, by `<cwd>\0<name>`. */
  readonly resolved: Map<string, ExecutorClass>;
  /** Python-only executor names whose fallback line was written. */
  readonly warnedFallbacks: Set<string>;
  /** This thread's loop descriptor. */
  loop: EventLoopDescriptor | undefined;
}

const stateKey = Symbol.for('@asyncutils/config');

function createState(): ConfigState {
  return {
    version: 1,
    loaded: undefined,
    loading: false,
    contextInstalled: false,
    log: { level: 30, sink: { kind: 'stderr' }, spec: undefined, specCwd: undefined, name: 'STDERR', memory: '', exitHook: false },
    debug: { origLevel: null },
    registry: new Map(),
    resolved: new Map(),
    warnedFallbacks: new Set(),
    loop: undefined,
  };
}

let cached: ConfigState | undefined;

/**
 * The shared configuration state, created on the first call.
 *
 * @throws TypeError `asyncutils.config: incompatible config state on globalThis` when another value
 * occupies the key.
 * @internal
 */
export function configState(): ConfigState {
  if (cached !== undefined) return cached;
  const g = globalThis as { [stateKey]?: unknown };
  let found = g[stateKey];
  if (found === undefined) {
    found = createState();
    try {
      Object.defineProperty(globalThis, stateKey, { value: found, writable: false, enumerable: false, configurable: false });
    } catch {
      // A frozen globalThis: this copy keeps its state to itself.
    }
  }
  if (typeof found !== 'object' || found === null || (found as { version?: unknown }).version !== 1) {
    throw new TypeError('asyncutils.config: incompatible config state on globalThis');
  }
  cached = found as ConfigState;
  return cached;
}
