// The public surface of @asyncutils/cli: named re-exports only, one module per concept.
export { formatCliHelp } from './formatCliHelp.js';
export { parseCliArgv } from './parseCliArgv.js';
export { run } from './run.js';
export type { CliParseResult } from './parseCliArgv.js';
export type { CliRunOptions } from './run.js';
