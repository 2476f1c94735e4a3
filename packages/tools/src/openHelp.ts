// `openHelp(obj?, opts?)`: open the documentation page of `obj` in a browser.
import { openInBrowser } from '@asyncutils/cli';
import { findHelpUrl, type FindHelpUrlOptions } from './findHelpUrl.js';
import { typeName } from './typeName.js';

/**
 * Opens the documentation page of a package, export or member (the URL of {@link findHelpUrl}) in a browser.
 *
 * @remarks
 * The browser is started by `openInBrowser` of `@asyncutils/cli`: `browser` is a command run with the URL as its
 * argument; without it, `$BROWSER`, else the platform opener (`open`, `start`, `xdg-open`). Python's `open_help` used
 * the `webbrowser` module.
 *
 * @param obj - as for {@link findHelpUrl}; omitted: the index page.
 * @param opts - `ver` and `base` as for {@link findHelpUrl}; `browser`: the command to open the URL with
 * (`null` or omitted: the default browser).
 * @returns a promise of whether the browser process started and exited with status 0 (never rejects for a
 * browser failure).
 * @throws {RangeError|TypeError} (as a rejection) whatever {@link findHelpUrl} throws, and `TypeError`
 * `asyncutils.tools.openHelp: browser must be a string or null, not <type>`; nothing is opened then.
 * @example
 * ```ts
 * import { openHelp } from '@asyncutils/tools';
 *
 * if (!(await openHelp('SmartQueue.putNowait'))) console.error('could not open a browser');
 * await openHelp('queues', { browser: 'firefox', ver: 'latest' });
 * ```
 */
export async function openHelp(obj?: unknown, opts?: FindHelpUrlOptions & { readonly browser?: string | null }): Promise<boolean> {
  const url = findHelpUrl(obj, opts);
  const browser: unknown = opts?.browser ?? null;
  if (browser !== null && typeof browser !== 'string') {
    throw new TypeError(`asyncutils.tools.openHelp: browser must be a string or null, not ${typeName(browser)}`);
  }
  return openInBrowser(url, browser);
}
