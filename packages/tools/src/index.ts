// The public surface of @asyncutils/tools: named re-exports only, one module per concept.
export { argstrToJson } from './argstrToJson.js';
export { argvToJson } from './argvToJson.js';
export { DOCS_BASE_URL } from './DOCS_BASE_URL.js';
export { findHelpUrl } from './findHelpUrl.js';
export { getCfgJsonFormat } from './getCfgJsonFormat.js';
export { getCmdHelp } from './getCmdHelp.js';
export { jsonToArgstr } from './jsonToArgstr.js';
export { jsonToArgv } from './jsonToArgv.js';
export { loadf } from './loadf.js';
export { openHelp } from './openHelp.js';
export { printCfgJsonFormat } from './printCfgJsonFormat.js';
export { printCmdHelp } from './printCmdHelp.js';

export type { FindHelpUrlOptions } from './findHelpUrl.js';
export type { PrintOptions } from './printText.js';
