// `shellSplit(text, api)`: the default `split` of `argstrToJson` (Python's `shlex.split`, POSIX rules).

const SPACE = /\s/;
const DOUBLE_QUOTED_ESCAPES = '"\\$`';

/**
 * Splits a command line into arguments like a POSIX shell, without expansions: whitespace separates arguments;
 * inside single quotes every character is literal; inside double quotes a backslash escapes only `"`, `\`, `$` and
 * `` ` `` (before any other character it stays); outside quotes a backslash makes the next character literal. Quoted
 * and unquoted parts next to each other form one argument; `''` or `""` alone is an empty argument.
 *
 * @param text - the command line.
 * @param api - the qualified name of the calling API, for error messages.
 * @returns the arguments.
 * @throws {RangeError} `<api>: No closing quotation` for an unterminated quote; `<api>: No escaped character` for a
 * trailing backslash.
 * @example
 * ```ts
 * shellSplit(`-l "a b.log" -q`, 'x'); // ['-l', 'a b.log', '-q']
 * shellSplit(`it\\'s ''`, 'x'); // ["it's", '']
 * ```
 */
export function shellSplit(text: string, api: string): string[] {
  const args: string[] = [];
  let current = '';
  let started = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (SPACE.test(c)) {
      if (started) args.push(current);
      current = '';
      started = false;
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new RangeError(`${api}: No closing quotation`);
      current += text.slice(i + 1, end);
      started = true;
      i = end + 1;
    } else if (c === '"') {
      started = true;
      i++;
      for (;;) {
        if (i >= text.length) throw new RangeError(`${api}: No closing quotation`);
        const d = text[i] as string;
        if (d === '"') break;
        const next = text[i + 1];
        if (d === '\\' && next !== undefined && DOUBLE_QUOTED_ESCAPES.includes(next)) {
          current += next;
          i += 2;
        } else {
          current += d;
          i++;
        }
      }
      i++;
    } else if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) throw new RangeError(`${api}: No escaped character`);
      current += next;
      started = true;
      i += 2;
    } else {
      current += c;
      started = true;
      i++;
    }
  }
  if (started) args.push(current);
  return args;
}
