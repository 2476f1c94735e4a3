import { spawn } from 'node:child_process';
import { delimiter } from 'node:path';

/**
 * A command line that opens a URL: the program, its arguments, and whether Windows should pass the
 * arguments verbatim (for `cmd /c start`).
 *
 * @example
 * ```ts
 * const open: BrowserCommand = { command: 'xdg-open', args: ['https://example.com'], verbatim: false };
 * ```
 */
export interface BrowserCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly verbatim: boolean;
}

/** `firefox --new-window %s` → the words with `%s` replaced by the URL, or the URL appended. */
function fromTemplate(template: string, url: string): BrowserCommand {
  const words = template.trim().split(/\s+/);
  const [command = template, ...rest] = words;
  const args = rest.some((w) => w.includes('%s')) ? rest.map((w) => w.replaceAll('%s', url)) : [...rest, url];
  return { command, args, verbatim: false };
}

/**
 * Chooses how to open `url`: with `browser` when given (a program name or path, optionally with
 * arguments in which `%s` stands for the URL); else with the first entry of `$BROWSER` (entries are
 * separated like `PATH`); else with the platform's opener: `open` on macOS, `cmd /c start "" <url>` on
 * Windows (with `&`, `|`, `<`, `>`, `^` escaped for cmd), `xdg-open` elsewhere.
 *
 * @param url - the URL.
 * @param browser - the browser command, or `null` for the default.
 * @param env - the environment to read `BROWSER` from.
 * @param platform - a `process.platform` value.
 * @returns the command to spawn.
 * @example
 * ```ts
 * browserCommand('https://e.com', null, {}, 'darwin'); // { command: 'open', args: ['https://e.com'], verbatim: false }
 * ```
 */
export function browserCommand(
  url: string,
  browser: string | null,
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
): BrowserCommand {
  if (browser !== null && browser.trim() !== '') return fromTemplate(browser, url);
  const fromEnv = (env.BROWSER ?? '').split(delimiter).find((entry) => entry.trim() !== '');
  if (fromEnv !== undefined) return fromTemplate(fromEnv, url);
  if (platform === 'darwin') return { command: 'open', args: [url], verbatim: false };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/[&|<>^]/g, '^$&')], verbatim: true };
  return { command: 'xdg-open', args: [url], verbatim: false };
}

/**
 * Opens `url` in a browser: `browser` when given (a program, optionally with arguments where `%s`
 * stands for the URL), else `$BROWSER`, else the platform's opener (`open`, `cmd /c start`,
 * `xdg-open`). The default `openUrl` of {@link bug}.
 *
 * It waits for the launched program to exit: with `xdg-open` and friends that is at once, but a
 * browser started directly by name may keep running until it is closed.
 *
 * @param url - the URL to open.
 * @param browser - the browser command; `null` or omitted: the default browser.
 * @returns whether the program started and exited with code 0. Launch failures (no such program, a
 * non-zero exit, a signal) resolve `false`; it never rejects for them.
 * @throws {TypeError} (as a rejection) `asyncutils.cli.openInBrowser: url must be a string` and
 * `asyncutils.cli.openInBrowser: browser must be a string or null`.
 * @example
 * ```ts
 * import { openInBrowser } from '@asyncutils/cli';
 *
 * if (!(await openInBrowser('https://example.com'))) console.log('open https://example.com yourself');
 * await openInBrowser('https://example.com', 'firefox');
 * ```
 */
export async function openInBrowser(url: string, browser?: string | null): Promise<boolean> {
  if (typeof url !== 'string') throw new TypeError('asyncutils.cli.openInBrowser: url must be a string');
  if (browser !== undefined && browser !== null && typeof browser !== 'string') {
    throw new TypeError('asyncutils.cli.openInBrowser: browser must be a string or null');
  }
  const { command, args, verbatim } = browserCommand(url, browser ?? null, process.env, process.platform);
  return new Promise<boolean>((resolve) => {
    try {
      const child = spawn(command, args, { stdio: 'ignore', windowsHide: true, windowsVerbatimArguments: verbatim });
      child.once('error', () => resolve(false));
      child.once('exit', (code) => resolve(code === 0));
    } catch {
      resolve(false);
    }
  });
}
