import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/cli public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual(['ISSUE_TRACKER_URL', 'bug', 'formatCliHelp', 'openInBrowser', 'parseCliArgv', 'run']);
  });
});
