// `getCfgJsonFormat()`: the annotated configuration format, shipped as format.json5 at the package root.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let text: string | undefined;

/**
 * The path of format.json5. This module runs from src/ (tests), dist/index.js (ESM) or dist/index.cjs (CJS; the build
 * shims `import.meta.url` there): each is one folder below the package root, where the file is.
 */
function formatPath(): string {
  return fileURLToPath(new URL('../format.json5', import.meta.url));
}

/**
 * Returns the annotated configuration format: the text of the `format.json5` file shipped with this package. It
 * lists every top-level key of a configuration table with its default and the command-line flag it corresponds to,
 * and the whole `context` tree (every contextual constant, grouped by package) with its default, plus notes on units
 * (durations in files are seconds, converted to milliseconds by `@asyncutils/config`), on `log_to` (an alias of
 * `logging_to`) and on where configuration files are found.
 *
 * @returns the JSON5 text (read once, then cached).
 * @example
 * ```ts
 * import { getCfgJsonFormat } from '@asyncutils/tools';
 *
 * console.log(getCfgJsonFormat());
 * ```
 */
export function getCfgJsonFormat(): string {
  text ??= readFileSync(formatPath(), 'utf8');
  return text;
}
