// Internal: JSON and JSONC text, parsed with `JSON.parse` and, on failure, located (line and column) by a
// small strict scanner, since V8's messages do not always carry a position.

/** A position in a text, 1-based. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * The 1-based line and column of `offset` in `text`.
 * @internal
 */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/** Copies a string literal starting at `i` (a `"`) to `out`; returns the index after it. */
function skipString(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === '"') return j + 1;
    else if (c === '\n') return j;
    else j++;
  }
  return j;
}

/** Replaces every character but newlines by spaces, so that positions stay the same. */
const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * JSONC to JSON: `//` and `/* *\/` comments and trailing commas become spaces (line and column numbers of
 * everything else are kept). Strings are left alone.
 * @internal
 */
export function stripJsonc(text: string): string {
  // Pass 1: comments.
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const j = skipString(text, i);
      out += text.slice(i, j);
      i = j;
    } else if (c === '/' && text[i + 1] === '/') {
      let j = text.indexOf('\n', i);
      if (j === -1) j = text.length;
      out += blank(text.slice(i, j));
      i = j;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const j = close === -1 ? text.length : close + 2;
      out += blank(text.slice(i, j));
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  // Pass 2: a comma followed (after whitespace) by `}` or `]`.
  let result = '';
  i = 0;
  while (i < out.length) {
    const c = out[i];
    if (c === '"') {
      const j = skipString(out, i);
      result += out.slice(i, j);
      i = j;
      continue;
    }
    if (c === ',') {
      let j = i + 1;
      while (j < out.length && /\s/.test(out[j] as string)) j++;
      if (out[j] === '}' || out[j] === ']') {
        result += ' ';
        i++;
        continue;
      }
    }
    result += c;
    i++;
  }
  return result;
}

/** Thrown inside the scanner with the offending offset. */
class Stop {
  constructor(readonly offset: number) {}
}

/**
 * The offset of the first error in `text` under strict JSON (RFC 8259), or `-1` when it is valid.
 * @internal
 */
export function locateJsonError(text: string): number {
  let i = 0;
  const fail = (at = i): never => {
    throw new Stop(at);
  };
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const literal = (word: string): void => {
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) fail(i + k);
    i += word.length;
  };
  const string = (): void => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail();
      else if (c === '"') {
        i++;
        return;
      } else if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i + 1);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(i + 1);
      } else if (c < ' ') fail();
      else i++;
    }
  };
  const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else {
      numberPattern.lastIndex = i;
      if (!numberPattern.test(text)) fail();
      i = numberPattern.lastIndex;
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return -1;
  } catch (stop) {
    /* v8 ignore next */
    if (!(stop instanceof Stop)) throw stop;
    return stop.offset;
  }
}
