// The public surface of @asyncutils/console: named re-exports only, one module per concept.
export { AsyncUtilsConsole } from './AsyncUtilsConsole.js';
export { ConsoleBase } from './ConsoleBase.js';

export type { ConsoleExit, ConsoleHook, ConsoleOptions, ConsoleRunOptions, ConsoleSetupOptions, LocalsHandler } from './types.js';
