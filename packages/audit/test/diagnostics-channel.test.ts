import { describe, expect, it } from 'vitest';
import * as subpath from '../src/diagnostics-channel.js';

describe('@asyncutils/audit/diagnostics-channel public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(subpath).sort()).toEqual(['forwardToDiagnosticsChannel']);
  });
});
