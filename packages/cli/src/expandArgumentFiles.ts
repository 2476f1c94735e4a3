import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliUsageError } from './CliUsageError.js';

/** Splits a file's text like Python's `str.splitlines()` on `\r\n`, `\n` and `\r` (no trailing empty line). */
function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body === '') return [];
  const lines = body.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(error);
}

function expandInto(args: readonly string[], out: string[], chain: readonly string[]): void {
  for (const arg of args) {
    if (!arg.startsWith('@')) {
      out.push(arg);
      continue;
    }
    const path = arg.slice(1);
    const absolute = resolve(path);
    if (chain.includes(absolute)) throw new CliUsageError(`cannot read arguments file '${path}': ELOOP`);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new CliUsageError(`cannot read arguments file '${path}': ${errorCode(error)}`);
    }
    expandInto(splitLines(text), out, [...chain, absolute]);
  }
}

/**
 * Replaces every argument `@path` by the lines of that file, one argument per line, recursively
 * (argparse's `fromfile_prefix_chars='@'`). Paths are relative to the working directory; every
 * line is one argument, even an empty one; a leading UTF-8 BOM is dropped.
 *
 * @param argv - the raw arguments.
 * @returns a new array with every `@path` expanded.
 * @throws {@link CliUsageError} `cannot read arguments file '<path>': <code>` when a file cannot
 * be read (`<code>` is the `node:fs` error code, e.g. `ENOENT`), or `ELOOP` when a file includes
 * itself directly or through other files.
 *
 * @example
 * ```ts
 * // args.txt holds the two lines "events" and "--json"
 * expandArgumentFiles(['@args.txt']); // ['events', '--json']
 * ```
 */
export function expandArgumentFiles(argv: readonly string[]): string[] {
  const out: string[] = [];
  expandInto(argv, out, []);
  return out;
}
