import { formatCliHelp } from '@asyncutils/cli';
import { describe, expect, it } from 'vitest';
import { getCmdHelp } from '../src/getCmdHelp.js';

describe('getCmdHelp', () => {
  it('check 12: is the help of the asyncutils command (formatCliHelp of @asyncutils/cli)', () => {
    expect(getCmdHelp()).toBe(formatCliHelp());
    expect(getCmdHelp()).toMatch(/^usage: asyncutils/);
    // Plain text: no ANSI escapes.
    expect(getCmdHelp()).not.toContain('\u001b[');
  });
});
