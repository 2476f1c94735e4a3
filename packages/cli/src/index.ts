// The public surface of @asyncutils/cli: named re-exports only, one module per concept.
export { bug } from './bug.js';
export { formatCliHelp } from './formatCliHelp.js';
export { ISSUE_TRACKER_URL } from './ISSUE_TRACKER_URL.js';
export { openInBrowser } from './openInBrowser.js';
export { parseCliArgv } from './parseCliArgv.js';
export { run } from './run.js';
export type { BugArgs, BugOptions } from './bug.js';
export type { CliParseResult } from './parseCliArgv.js';
export type { CliRunOptions } from './run.js';
