// `printCmdHelp(stream?, opts?)`: write the help text of the `asyncutils` command.
import { getCmdHelp } from './getCmdHelp.js';
import { printText, type PrintOptions, type TextSink } from './printText.js';

/**
 * Writes the help text of the `asyncutils` command ({@link getCmdHelp}) to a stream, exactly (no newline added),
 * then flushes it when the stream has a `flush` method.
 *
 * @param stream - where to write: anything with `write(text)`.
 * @default stream `process.stdout`
 * @param opts - `flush` (default `true`).
 * @throws {TypeError} `asyncutils.tools.printCmdHelp: stream must have a write method, not <type>`;
 * `… flush must be a boolean, not <type>`.
 * @example
 * ```ts
 * import { printCmdHelp } from '@asyncutils/tools';
 *
 * printCmdHelp(); // to stdout
 * printCmdHelp(process.stderr, { flush: false });
 * ```
 */
export function printCmdHelp(stream: TextSink = process.stdout, opts?: PrintOptions): void {
  printText('asyncutils.tools.printCmdHelp', getCmdHelp(), stream, opts);
}
