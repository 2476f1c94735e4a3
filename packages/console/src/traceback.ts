// Formats what an evaluation threw the way Node's REPL does ("Uncaught Error: boom"), without the frames of
// the evaluator machinery (node:repl, node:vm, node:domain) or of this package.
import { inspect, types } from 'node:util';

const FRAME = /^\s+(?:at\s|\.\.\. \d+ lines? matching)/;
/** Node's "... N lines matching cause stack trace ..." refers to frames that may be hidden: drop it. */
const ELLIPSIS = /^\s+\.\.\. \d+ lines? matching/;
/** The frames from which on everything below is the evaluator calling the user's code. */
const EVALUATOR = /\((?:node:(?:vm|repl|internal\/vm|internal\/repl)[:/)]|vm\.js:|repl\.js:)|^\s+at (?:node:vm|node:repl)/;
/** Machinery frames hidden wherever they appear. */
const MACHINERY = /\(node:domain:|^\s+at node:domain:/;

/**
 * Formats `error` as `Uncaught <stack>` (`util.inspect` for a non-error), hiding the frames of the
 * evaluator (from the first `node:vm` / `node:repl` frame of each stack down), of `node:domain`, and of
 * files under `ownDirs`. A `SyntaxError` keeps its source excerpt but loses its frames, as in Node's REPL.
 */
export function formatTraceback(error: unknown, ownDirs: readonly string[]): string {
  const isError = types.isNativeError(error);
  let text: string;
  try {
    text = inspect(error, { colors: false, depth: 4 });
  } catch {
    text = String(error);
  }
  const name = isError ? String(error.name) : '';
  const syntax = isError && name === 'SyntaxError';
  if (syntax) text = text.replace(/^[^\n]*:\d+\r?\n(?=[^\n]*\n[ \t]*\^)/, '');
  const kept: string[] = [];
  let dropping = false;
  for (const line of text.split('\n')) {
    if (FRAME.test(line)) {
      const own = ownDirs.some((dir) => line.includes(dir));
      if (!dropping && (syntax || EVALUATOR.test(line))) dropping = true;
      if (dropping || own || MACHINERY.test(line) || ELLIPSIS.test(line)) {
        // The last frame may carry the opening brace of the error's extra properties.
        if (line.endsWith(' {') && kept.length > 0) kept[kept.length - 1] += ' {';
        continue;
      }
      kept.push(line);
    } else {
      dropping = false;
      kept.push(line);
    }
  }
  text = kept.join('\n');
  const lines = text.split(/(?<=\n)/);
  const header = lines.findIndex((line) =>
    isError ? line.startsWith(name) || line.startsWith(`[${name}`) || /^\[?([A-Z][a-z0-9_]*)*Error/.test(line) : false,
  );
  if (header >= 0) lines[header] = `Uncaught ${lines[header] as string}`;
  else lines.unshift(lines.length === 1 ? 'Uncaught ' : 'Uncaught:\n');
  text = lines.join('');
  return text.endsWith('\n') ? text : `${text}\n`;
}
