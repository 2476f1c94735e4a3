// `printCfgJsonFormat(stream?, opts?)`: write the annotated configuration format.
import { getCfgJsonFormat } from './getCfgJsonFormat.js';
import { printText, type PrintOptions, type TextSink } from './printText.js';

/**
 * Writes the annotated configuration format ({@link getCfgJsonFormat}) to a stream, exactly (no newline added),
 * then flushes it when the stream has a `flush` method.
 *
 * @param stream - where to write: anything with `write(text)`.
 * @default stream `process.stdout`
 * @param opts - `flush` (default `true`).
 * @throws {TypeError} `asyncutils.tools.printCfgJsonFormat: stream must have a write method, not <type>`;
 * `… flush must be a boolean, not <type>`.
 * @example
 * ```ts
 * import { createWriteStream } from 'node:fs';
 * import { printCfgJsonFormat } from '@asyncutils/tools';
 *
 * printCfgJsonFormat(createWriteStream('asyncutils.format.json5'));
 * ```
 */
export function printCfgJsonFormat(stream: TextSink = process.stdout, opts?: PrintOptions): void {
  printText('asyncutils.tools.printCfgJsonFormat', getCfgJsonFormat(), stream, opts);
}
