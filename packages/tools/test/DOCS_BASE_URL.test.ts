import { describe, expect, it } from 'vitest';
import { DOCS_BASE_URL } from '../src/DOCS_BASE_URL.js';
import { findHelpUrl } from '../src/findHelpUrl.js';

describe('DOCS_BASE_URL', () => {
  it('is an https URL without a trailing slash', () => {
    expect(new URL(DOCS_BASE_URL).protocol).toBe('https:');
    expect(DOCS_BASE_URL.endsWith('/')).toBe(false);
  });

  it('is the root findHelpUrl builds on by default', () => {
    expect(findHelpUrl().startsWith(`${DOCS_BASE_URL}/`)).toBe(true);
  });
});
