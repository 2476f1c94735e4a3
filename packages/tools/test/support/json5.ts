// A small JSON5 reader for the tests (the `json5` package is not installed in this workspace): comments, unquoted
// keys, single- or double-quoted strings, trailing commas, hexadecimal, leading/trailing decimal points, explicit
// plus signs, Infinity and NaN. Enough to check that format.json5 is JSON5 and to read it.

export function parseJson5(text: string): unknown {
  let i = 0;
  const fail = (what: string): never => {
    const line = text.slice(0, i).split('\n').length;
    throw new SyntaxError(`JSON5: ${what} at line ${line} (offset ${i})`);
  };
  const skip = (): void => {
    for (;;) {
      const c = text[i];
      if (c !== undefined && /\s/.test(c)) i++;
      else if (text.startsWith('//', i)) {
        const end = text.indexOf('\n', i);
        i = end < 0 ? text.length : end + 1;
      } else if (text.startsWith('/*', i)) {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) fail('unterminated comment');
        i = end + 2;
      } else return;
    }
  };
  const string = (): string => {
    const quote = text[i++];
    let out = '';
    for (;;) {
      const c = text[i++];
      if (c === undefined) return fail('unterminated string');
      if (c === quote) return out;
      if (c === '\n') fail('newline in string');
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[i++];
      const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', 0: '\0', '\n': '' };
      if (e === 'u' || e === 'x') {
        const len = e === 'u' ? 4 : 2;
        out += String.fromCharCode(Number.parseInt(text.slice(i, i + len), 16));
        i += len;
      } else if (e !== undefined && e in simple) out += simple[e];
      else if (e !== undefined) out += e;
    }
  };
  const value = (): unknown => {
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      for (;;) {
        skip();
        if (text[i] === '}') {
          i++;
          return obj;
        }
        let key: string;
        if (text[i] === '"' || text[i] === "'") key = string();
        else {
          const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(i));
          if (!m) return fail('expected a key');
          key = m[0];
          i += key.length;
        }
        skip();
        if (text[i++] !== ':') fail('expected ":"');
        if (Object.hasOwn(obj, key)) fail(`duplicate key ${key}`);
        obj[key] = value();
        skip();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      for (;;) {
        skip();
        if (text[i] === ']') {
          i++;
          return arr;
        }
        arr.push(value());
        skip();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail('expected "," or "]"');
      }
    }
    if (c === '"' || c === "'") return string();
    const m = /^(?:true|false|null|[+-]?(?:Infinity|NaN|0[xX][\da-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))/.exec(text.slice(i));
    if (!m) return fail('unexpected character');
    i += m[0].length;
    const word = m[0];
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    const sign = word.startsWith('-') ? -1 : 1;
    const body = word.replace(/^[+-]/, '');
    return sign * (body === 'Infinity' ? Infinity : body === 'NaN' ? Number.NaN : Number(body));
  };
  const result = value();
  skip();
  if (i !== text.length) fail('trailing text');
  return result;
}
