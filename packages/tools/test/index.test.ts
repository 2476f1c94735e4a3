import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/tools public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DOCS_BASE_URL',
      'argstrToJson',
      'argvToJson',
      'findHelpUrl',
      'getCfgJsonFormat',
      'getCmdHelp',
      'jsonToArgstr',
      'jsonToArgv',
      'loadf',
      'openHelp',
      'printCfgJsonFormat',
      'printCmdHelp',
    ]);
  });
});
