// `getCmdHelp()`: the help text of the `asyncutils` command.
import { formatCliHelp } from '@asyncutils/cli';

/**
 * Returns the help text of the `asyncutils` command line (what `asyncutils --help` prints): `formatCliHelp()` of
 * `@asyncutils/cli`, plain text without colours.
 *
 * @returns the help text, ending with a newline.
 * @example
 * ```ts
 * import { getCmdHelp } from '@asyncutils/tools';
 *
 * getCmdHelp().startsWith('usage: asyncutils'); // true
 * ```
 */
export function getCmdHelp(): string {
  return formatCliHelp();
}
