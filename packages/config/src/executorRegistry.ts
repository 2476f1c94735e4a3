// `registerExecutor(name, cls)`, and the executor names the configuration accepts.
import { typeName } from '@asyncutils/audit';
import { POSSIBLE_EXECUTORS } from '@asyncutils/constants';
import { isExecutorSubclass, type ExecutorClass } from './Executor.js';
import { configState } from './state.js';

/**
 * The Python-only executor names, with the Python package each needs (named in the fallback line).
 * @internal
 */
export const pythonOnlyExecutors: Readonly<Record<string, string>> = Object.freeze({
  loky: 'loky',
  loky_no_reuse: 'loky',
  dask: 'dask.distributed',
  ipython: 'ipyparallel',
  elib_flux_cluster: 'executorlib',
  elib_flux_job: 'executorlib',
  elib_slurm_cluster: 'executorlib',
  elib_slurm_job: 'executorlib',
  elib_single_node: 'executorlib',
  pebble_thread: 'pebble',
  pebble_process: 'pebble',
  deadpool: 'deadpool',
});

/**
 * The parts of a `'<module>#<export>'` executor name (split at the last `#`), or `undefined` when the
 * name does not have that form (both parts non-empty).
 * @internal
 */
export function splitModuleExecutor(name: string): { readonly module: string; readonly export: string } | undefined {
  const at = name.lastIndexOf('#');
  if (at <= 0 || at === name.length - 1) return undefined;
  return { module: name.slice(0, at), export: name.slice(at + 1) };
}

/**
 * What a configured executor name should have been, or `undefined` when `name` is acceptable: a built-in
 * name, a registered one, or `'<module>#<export>'`.
 * @internal
 */
export function executorNameProblem(name: string): string | undefined {
  if ((POSSIBLE_EXECUTORS as readonly string[]).includes(name) || configState().registry.has(name) || splitModuleExecutor(name) !== undefined) return undefined;
  return `${POSSIBLE_EXECUTORS.join(', ')}, a registered name or <module>#<export>`;
}

/**
 * Registers an executor class under a name that the configuration (`executor = "<name>"`) and the CLI
 * (`-c <name>`) can then select; re-registering a name replaces it.
 *
 * @remarks
 * The TypeScript counterpart of Python's `-c package.module.Class` (which imports a class by dotted
 * name). Register before the configuration is loaded: the `executor` flag is checked at load. A
 * registered name takes precedence over a built-in name of the same spelling.
 *
 * @param name - A non-empty name without `#`.
 * @param cls - A class extending `Executor` (usually `WorkerThreadExecutor` or `ChildProcessExecutor`).
 * @throws TypeError when `name` is not a non-empty string or `cls` does not extend `Executor`;
 * RangeError when `name` contains `#` (reserved for `<module>#<export>`).
 *
 * @example
 * ```ts
 * import { Executor, loadConfig, registerExecutor, WorkerThreadExecutor } from '@asyncutils/config';
 *
 * class TwoWorkers extends WorkerThreadExecutor {
 *   constructor() {
 *     super({ maxWorkers: 2 });
 *   }
 * }
 * registerExecutor('two', TwoWorkers);
 * loadConfig({ overrides: { executor: 'two' } });
 * new Executor() instanceof TwoWorkers; // true
 * ```
 */
export function registerExecutor(name: string, cls: ExecutorClass): void {
  const api = 'asyncutils.config.registerExecutor';
  if (typeof name !== 'string' || name === '') throw new TypeError(`${api}: name must be a non-empty string, got ${typeof name === 'string' ? "''" : typeName(name)}`);
  if (name.includes('#')) throw new RangeError(`${api}: name '${name}' must not contain '#' (reserved for <module>#<export>)`);
  if (!isExecutorSubclass(cls)) throw new TypeError(`${api}: ${typeof cls === 'function' ? cls.name || 'the class' : typeName(cls)} does not extend asyncutils.config.Executor`);
  configState().registry.set(name, cls);
}
