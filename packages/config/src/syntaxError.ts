// Internal: the one shape of the error thrown for a configuration file that does not parse.
import type { TextPosition } from './jsonText.js';

/**
 * `SyntaxError` `asyncutils: invalid <FORMAT> in <file> at line <l>, column <c>: <detail>` (without the
 * position when the parser gave none), with the parser's error as `cause`.
 * @internal
 */
export function configSyntaxError(format: string, file: string, position: TextPosition | undefined, cause: unknown): SyntaxError {
  const raw = cause instanceof Error ? cause.message : String(cause);
  const detail = raw.split('\n', 1)[0]?.trim() ?? '';
  const where = position === undefined ? '' : ` at line ${position.line}, column ${position.column}`;
  return new SyntaxError(`asyncutils: invalid ${format.toUpperCase()} in ${file}${where}: ${detail}`, { cause });
}

/** Reads a numeric property from an unknown error. */
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * The position an optional parser reports on its error, whatever its convention: `line`/`column`
 * (smol-toml, fast-xml-parser's validator), `lineNumber`/`columnNumber` (json5), `linePos[0]` (yaml), or
 * `line N` in the message (hjson).
 * @internal
 */
export function parserErrorPosition(error: unknown): TextPosition | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as Record<string, unknown>;
  const line = num(e.line) ?? num(e.lineNumber);
  const column = num(e.column) ?? num(e.columnNumber) ?? num(e.col);
  if (line !== undefined) return { line, column: column ?? 1 };
  const linePos = Array.isArray(e.linePos) ? (e.linePos[0] as Record<string, unknown> | undefined) : undefined;
  if (linePos !== undefined && num(linePos.line) !== undefined) return { line: num(linePos.line) as number, column: num(linePos.col) ?? 1 };
  const match = typeof e.message === 'string' ? /\bline (\d+)(?:,\s*(?:column )?(\d+))?/i.exec(e.message) : null;
  if (match !== null) return { line: Number(match[1]), column: match[2] === undefined ? 1 : Number(match[2]) };
  return undefined;
}
