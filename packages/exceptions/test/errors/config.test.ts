import { describe, expect, it } from 'vitest';
import { FaultyConfig } from '../../src/errors/config.js';
import { expectErrorShape } from '../support/shape.js';

describe('FaultyConfig', () => {
  it('check 1: shape', () => {
    expectErrorShape(new FaultyConfig('k', 'w', 'e'), FaultyConfig, Error);
  });

  it('check 7: the message names the key, the file, what was expected and what was found', () => {
    const err = new FaultyConfig('quiet', 'string', 'bool', '/p.json');
    expect(err.message).toBe(`asyncutils: configuration for key 'quiet' from /p.json is faulty: expected bool, got string`);
    expect(err).toMatchObject({ key: 'quiet', wrong: 'string', expected: 'bool', path: '/p.json' });
  });

  it('check 7 (CROSSREF §2 #2): without a path it says from AUTILSCFGPATH and path is null', () => {
    const err = new FaultyConfig('quiet', 'string', 'bool');
    expect(err.message).toBe(`asyncutils: configuration for key 'quiet' from AUTILSCFGPATH is faulty: expected bool, got string`);
    expect(err.path).toBeNull();
    expect(new FaultyConfig('quiet', 'string', 'bool', null).path).toBeNull();
  });
});
