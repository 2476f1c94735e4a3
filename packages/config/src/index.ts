// The public surface of @asyncutils/config: named re-exports only, one module per concept.
// `@asyncutils/config/register` loads the configuration on import.
export { ChildProcessExecutor } from './ChildProcessExecutor.js';
export { CONFIG_ENV_VAR } from './CONFIG_ENV_VAR.js';
export { configFlags } from './configFlags.js';
export { createExecutor } from './createExecutor.js';
export { debug, Debugging } from './Debugging.js';
export { Executor } from './Executor.js';
export { registerExecutor } from './executorRegistry.js';
export { getLoopAndSet } from './getLoopAndSet.js';
export { getPastLogs } from './getPastLogs.js';
export { loadConfig } from './loadConfig.js';
export { logger } from './logger.js';
export { readConfigFile } from './readConfigFile.js';
export { seededRandom } from './seededRandom.js';
export { setLoggerLevel } from './setLoggerLevel.js';
export { WorkerThreadExecutor } from './WorkerThreadExecutor.js';
export { FaultyConfig } from '@asyncutils/exceptions';

export type { EventLoopDescriptor } from '@asyncutils/audit';
export type { ExecutorClass, ExecutorOptions, ExecutorSubmitOptions, ExecutorTask } from './Executor.js';
export type { ConfigFlagOverrides, ConfigFlags } from './flags.js';
export type { LoadConfigOptions, LoadedConfig } from './loadConfig.js';
export type { AsyncutilsLogger, LoggerLike } from './logger.js';
export type { LogLevelName } from './loggerCore.js';
