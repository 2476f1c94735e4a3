// `createExecutor(fname, opts?)`: the audited way library code makes an executor.
import { audit, typeName } from '@asyncutils/audit';
import type { Executor, ExecutorOptions } from './Executor.js';
import { createConfiguredExecutor } from './resolveExecutor.js';

/**
 * Raises `asyncutils/create_executor` `[fname]`, then returns a new instance of the configured executor
 * (as `new Executor(opts)` does). A throwing audit hook prevents the creation.
 *
 * @param fname - Who needs the executor: `'<package>.<export>'` of the calling API (e.g.
 * `'iters.amap'`), named in the event.
 * @param opts - Pool options.
 * @returns The executor; shut it down when done (`await using`).
 * @throws TypeError when `fname` is not a non-empty string (no event); whatever an audit hook throws;
 * `FaultyConfig` when the configured `<module>#<export>` executor cannot be loaded.
 *
 * @example
 * ```ts
 * import { createExecutor } from '@asyncutils/config';
 *
 * await using pool = createExecutor('app.thumbnails', { maxWorkers: 2 });
 * const sizes = await Promise.all(files.map((f) => pool.submit({ module: './thumb.mjs', export: 'size' }, [f])));
 * ```
 */
export function createExecutor(fname: string, opts?: ExecutorOptions): Executor {
  if (typeof fname !== 'string' || fname === '') {
    throw new TypeError(`asyncutils.config.createExecutor: fname must be a non-empty string, got ${typeof fname === 'string' ? "''" : typeName(fname)}`);
  }
  audit('asyncutils/create_executor', fname);
  return createConfiguredExecutor(opts);
}
