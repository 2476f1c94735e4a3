// The module behind `@asyncutils/config/register`: loads the configuration when it is imported.
import { loadConfig, type LoadedConfig } from './loadConfig.js';

/**
 * The configuration loaded when `@asyncutils/config/register` was imported: that subpath calls
 * `loadConfig()` on import, for `node --import @asyncutils/config/register app.js` (eager loading, as
 * Python does at `import asyncutils`).
 *
 * @remarks
 * The subpath is the package's only module with an import-time effect (its built files are the only
 * `sideEffects` entries of the manifest, so bundlers keep a bare `import '@asyncutils/config/register'`).
 * Audit hooks must be added before it (for example by an earlier `--import`) to see the loader's
 * events. Pool threads of `WorkerThreadExecutor` do not inherit this `--import`.
 *
 * @example
 * ```ts
 * // node --import @asyncutils/config/register app.js
 * import { registeredConfig } from '@asyncutils/config/register';
 *
 * console.log(registeredConfig.mode, registeredConfig.path);
 * ```
 */
export const registeredConfig: LoadedConfig = loadConfig();
