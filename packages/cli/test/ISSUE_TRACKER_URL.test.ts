import { describe, expect, it } from 'vitest';
import { ISSUE_TRACKER_URL } from '../src/ISSUE_TRACKER_URL.js';

describe('ISSUE_TRACKER_URL', () => {
  it('is an https GitHub issues URL without a trailing slash', () => {
    const url = new URL(ISSUE_TRACKER_URL);
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe('github.com');
    expect(url.pathname).toMatch(/^\/[\w.-]+\/[\w.-]+\/issues$/);
  });
});
