import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireOptionalPeer } from '../src/optionalPeer.js';
import { tempDir, thrown } from './support/harness.js';

describe('optional peers', () => {
  it('are resolved from each directory in turn', () => {
    const withPeer = tempDir({ 'node_modules/hjson/package.json': { name: 'hjson', main: 'i.js' }, 'node_modules/hjson/i.js': 'module.exports = { marker: 1 };' });
    const without = tempDir();
    expect(requireOptionalPeer('hjson', 'f.hjson', [without, withPeer])).toEqual({ marker: 1 });
  });

  it('missing everywhere: Error naming the package and the file', () => {
    const error = thrown(() => requireOptionalPeer('hjson', '/cfg/f.hjson', [tempDir()])) as Error;
    expect(error.message).toBe('asyncutils: hjson must be installed for asyncutils to accept configuration from /cfg/f.hjson');
  });

  it("a peer that fails to load for another reason (its own missing dependency) is not reported as missing", () => {
    const dir = tempDir({ 'node_modules/json5/package.json': { name: 'json5', main: 'i.js' }, 'node_modules/json5/i.js': "require('left-pad-that-does-not-exist');" });
    const error = thrown(() => requireOptionalPeer('json5', join(dir, 'c.json5'), [dir])) as Error & { code?: string };
    expect(error.code).toBe('MODULE_NOT_FOUND');
    expect(error.message).toContain('left-pad-that-does-not-exist');
  });
});
