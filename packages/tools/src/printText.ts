// `PrintOptions` and `printText`: what `printCmdHelp` and `printCfgJsonFormat` share (Python's
// `print(text, file=…, flush=…, end='')`).
import { typeName } from './typeName.js';

/**
 * Options of {@link printCmdHelp} and {@link printCfgJsonFormat} (Python's `flush` keyword of `print`).
 *
 * @example
 * ```ts
 * import { printCfgJsonFormat, type PrintOptions } from '@asyncutils/tools';
 *
 * const opts: PrintOptions = { flush: false };
 * printCfgJsonFormat(process.stdout, opts);
 * ```
 */
export interface PrintOptions {
  /**
   * Call the stream's `flush()` after writing, when it has one (Node's `process.stdout` has none and needs none).
   * @default true
   */
  readonly flush?: boolean;
}

/** What the print functions write to: anything with `write(text)`, such as `process.stdout` or a `Writable`. */
export interface TextSink {
  write(text: string): unknown;
  flush?(): unknown;
}

/**
 * Writes `text` to `stream` exactly (no newline added), then calls `stream.flush?.()` unless `flush` is false.
 *
 * @param api - the qualified name of the calling API, for error messages.
 * @param text - what to write.
 * @param stream - the destination.
 * @param opts - `flush`.
 * @throws {TypeError} `<api>: stream must have a write method, not <type>`; `<api>: flush must be a boolean, not
 * <type>`.
 * @example
 * ```ts
 * printText('asyncutils.tools.printCmdHelp', 'hi', process.stdout, { flush: true });
 * ```
 */
export function printText(api: string, text: string, stream: TextSink, opts: PrintOptions | undefined): void {
  if (typeof (stream as Partial<TextSink> | null)?.write !== 'function') {
    throw new TypeError(`${api}: stream must have a write method, not ${typeName(stream)}`);
  }
  const flush: unknown = opts?.flush ?? true;
  if (typeof flush !== 'boolean') throw new TypeError(`${api}: flush must be a boolean, not ${typeName(flush)}`);
  stream.write(text);
  if (flush && typeof stream.flush === 'function') stream.flush();
}
