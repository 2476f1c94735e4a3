// `POSSIBLE_EXECUTORS` and `ExecutorName`: the executor vocabulary of the configuration file and the CLI.

// The names, in CLI help order. Not exported: the public value is the frozen array below.
const names = [
  'thread',
  'process',
  'interpreter',
  'loky',
  'loky_no_reuse',
  'dask',
  'ipython',
  'elib_flux_cluster',
  'elib_flux_job',
  'elib_slurm_cluster',
  'elib_slurm_job',
  'elib_single_node',
  'pebble_thread',
  'pebble_process',
  'deadpool',
] as const;

/**
 * The name of an executor that the configuration (`executor = "…"`) and the CLI (`-e`, `--executor`)
 * accept: one of the 15 strings of {@link POSSIBLE_EXECUTORS}.
 *
 * @remarks
 * The port of the Python library's `Executor` literal type. The names are vocabulary only: which of them
 * maps to a JavaScript executor is decided by `@asyncutils/config`.
 *
 * @example
 * ```ts
 * import type { ExecutorName } from '@asyncutils/constants';
 *
 * const preferred: ExecutorName = 'thread';
 * // @ts-expect-error -- not an executor name
 * const wrong: ExecutorName = 'threads';
 * ```
 */
export type ExecutorName = (typeof names)[number];

/**
 * Every executor name, in rough order of preference; also the order of the CLI help.
 *
 * @remarks
 * A frozen array typed as the exact tuple of the 15 {@link ExecutorName}s: `'thread'`, `'process'`,
 * `'interpreter'`, `'loky'`, `'loky_no_reuse'`, `'dask'`, `'ipython'`, `'elib_flux_cluster'`,
 * `'elib_flux_job'`, `'elib_slurm_cluster'`, `'elib_slurm_job'`, `'elib_single_node'`,
 * `'pebble_thread'`, `'pebble_process'`, `'deadpool'`. Mutating it (`push`, index assignment) throws
 * `TypeError` in strict code. For membership tests use {@link EXECUTORS_FROZENSET}.
 *
 * This package attaches no behaviour to the names; `@asyncutils/config` decides which of them select a
 * real JavaScript executor and reports the fallback for the others.
 *
 * @example
 * ```ts
 * import { POSSIBLE_EXECUTORS } from '@asyncutils/constants';
 *
 * console.log(`--executor {${POSSIBLE_EXECUTORS.join(',')}}`);
 * POSSIBLE_EXECUTORS[0]; // 'thread'
 * POSSIBLE_EXECUTORS.length; // 15
 * ```
 */
export const POSSIBLE_EXECUTORS: typeof names = /*#__PURE__*/ Object.freeze(names);
