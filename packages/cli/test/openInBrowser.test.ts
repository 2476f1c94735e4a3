import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { browserCommand, openInBrowser } from '../src/openInBrowser.js';

const URL_ = 'https://github.com/o/r/issues/new?a=1&b=2';
const dir = mkdtempSync(join(tmpdir(), 'asyncutils-cli-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fake browser: records its arguments in a file and exits with `code`. */
function fakeBrowser(name: string, code: number): { path: string; seen: () => string[] } {
  const path = join(dir, name);
  const log = `${path}.log`;
  writeFileSync(path, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${log}'; done\nexit ${code}\n`);
  chmodSync(path, 0o755);
  return { path, seen: () => readFileSync(log, 'utf8').trimEnd().split('\n') };
}

describe('browserCommand', () => {
  it('uses the given browser, with arguments and %s', () => {
    expect(browserCommand(URL_, 'firefox', {}, 'linux')).toEqual({ command: 'firefox', args: [URL_], verbatim: false });
    expect(browserCommand(URL_, 'chromium --incognito', {}, 'linux')).toEqual({ command: 'chromium', args: ['--incognito', URL_], verbatim: false });
    expect(browserCommand(URL_, 'lynx -dump %s', {}, 'linux')).toEqual({ command: 'lynx', args: ['-dump', URL_], verbatim: false });
  });

  it('falls back to the first entry of $BROWSER, then to the platform opener', () => {
    expect(browserCommand(URL_, null, { BROWSER: `w3m${delimiter}lynx` }, 'linux')).toEqual({ command: 'w3m', args: [URL_], verbatim: false });
    expect(browserCommand(URL_, '  ', { BROWSER: ` ${delimiter}lynx` }, 'linux')).toEqual({ command: 'lynx', args: [URL_], verbatim: false });
    expect(browserCommand(URL_, null, {}, 'linux')).toEqual({ command: 'xdg-open', args: [URL_], verbatim: false });
    expect(browserCommand(URL_, null, { BROWSER: '' }, 'freebsd')).toEqual({ command: 'xdg-open', args: [URL_], verbatim: false });
    expect(browserCommand(URL_, null, {}, 'darwin')).toEqual({ command: 'open', args: [URL_], verbatim: false });
    expect(browserCommand(URL_, null, {}, 'win32')).toEqual({
      command: 'cmd',
      args: ['/c', 'start', '""', 'https://github.com/o/r/issues/new?a=1^&b=2'],
      verbatim: true,
    });
  });
});

describe('openInBrowser', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('resolves true when the browser exits 0, having passed it the URL', async () => {
    const browser = fakeBrowser('ok', 0);
    expect(await openInBrowser(URL_, browser.path)).toBe(true);
    expect(browser.seen()).toEqual([URL_]);
  });

  it('resolves false for a non-zero exit and for a browser that does not exist; never rejects', async () => {
    expect(await openInBrowser(URL_, fakeBrowser('fails', 3).path)).toBe(false);
    expect(await openInBrowser(URL_, join(dir, 'no-such-browser'))).toBe(false);
  });

  it('uses $BROWSER when no browser is given', async () => {
    const browser = fakeBrowser('from-env', 0);
    vi.stubEnv('BROWSER', browser.path);
    expect(await openInBrowser(URL_)).toBe(true);
    expect(await openInBrowser(URL_, null)).toBe(true);
    expect(browser.seen()).toEqual([URL_, URL_]);
  });

  it('rejects arguments of the wrong type', async () => {
    await expect(openInBrowser(1 as unknown as string)).rejects.toThrow(new TypeError('asyncutils.cli.openInBrowser: url must be a string'));
    await expect(openInBrowser(URL_, 1 as unknown as string)).rejects.toThrow(new TypeError('asyncutils.cli.openInBrowser: browser must be a string or null'));
  });
});
