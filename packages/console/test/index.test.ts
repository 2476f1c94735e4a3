import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/console public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual(['AsyncUtilsConsole', 'ConsoleBase']);
  });
});
