// Internal: which class `new Executor()` builds, from the configured `executor` name.
import { typeName } from '@asyncutils/audit';
import { FaultyConfig } from '@asyncutils/exceptions';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ChildProcessExecutor } from './ChildProcessExecutor.js';
import { Executor, executorFactory, isExecutorSubclass, type ExecutorClass, type ExecutorOptions } from './Executor.js';
import { pythonOnlyExecutors, splitModuleExecutor } from './executorRegistry.js';
import { OVERRIDES_SOURCE } from './flags.js';
import { ensureLoaded } from './loadConfig.js';
import { configState } from './state.js';
import { WorkerThreadExecutor } from './WorkerThreadExecutor.js';

/** Imports the class of a `'<module>#<export>'` name, resolved from `cwd`. */
function importExecutor(name: string, parts: { readonly module: string; readonly export: string }, cwd: string, path: string | null): ExecutorClass {
  let value: unknown;
  try {
    const mod = createRequire(join(cwd, 'package.json'))(parts.module) as Record<string, unknown> | null;
    value = mod?.[parts.export];
  } catch (error) {
    const faulty = new FaultyConfig('executor', name, `a module that loads from ${cwd} (${error instanceof Error ? error.message.split('\n', 1)[0] : String(error)})`, path);
    Object.defineProperty(faulty, 'cause', { value: error, writable: true, configurable: true });
    throw faulty;
  }
  if (!isExecutorSubclass(value)) throw new FaultyConfig('executor', typeName(value), `a subclass of Executor exported as '${parts.export}' by ${parts.module}`, path);
  return value as ExecutorClass;
}

/**
 * The class the configured `executor` name selects (loading the configuration first): a registered
 * class, `WorkerThreadExecutor` (`thread`, `interpreter`, and the Python-only names, after a one-time
 * fallback line on stderr), `ChildProcessExecutor` (`process`), or the export of a `'<module>#<export>'`
 * name.
 *
 * @throws FaultyConfig when a `'<module>#<export>'` name cannot be loaded or is not an executor class.
 * @internal
 */
export function configuredExecutorClass(): ExecutorClass {
  const config = ensureLoaded();
  const state = configState();
  const name = config.flags.executor;
  const registered = state.registry.get(name);
  if (registered !== undefined) return registered;
  if (name === 'thread' || name === 'interpreter') return WorkerThreadExecutor;
  if (name === 'process') return ChildProcessExecutor;
  if (Object.hasOwn(pythonOnlyExecutors, name)) {
    if (!state.warnedFallbacks.has(name)) {
      state.warnedFallbacks.add(name);
      process.stderr.write(`Error importing ${pythonOnlyExecutors[name]} (Python-only executor, unavailable in Node); falling back to WorkerThreadExecutor\n`);
    }
    return WorkerThreadExecutor;
  }
  const parts = splitModuleExecutor(name);
  /* v8 ignore next 2 */
  if (parts === undefined) throw new FaultyConfig('executor', name, 'a known executor name', config.path);
  const cwd = state.loaded?.cwd ?? process.cwd();
  const key = `${cwd}\0${name}`;
  let cls = state.resolved.get(key);
  if (cls === undefined) {
    const path = state.loaded?.overrides.executor !== undefined ? OVERRIDES_SOURCE : config.path;
    cls = importExecutor(name, parts, cwd, path);
    state.resolved.set(key, cls);
  }
  return cls;
}

/**
 * A new instance of the configured executor class.
 * @internal
 */
export function createConfiguredExecutor(opts?: ExecutorOptions): Executor {
  const Cls = configuredExecutorClass();
  return new Cls(opts);
}

executorFactory.create = createConfiguredExecutor;
