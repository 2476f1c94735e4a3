// esbuild writes a top-level class that refers to itself as `var X = class _X { … }`, so `X.name` is "_X" in the
// built files (never in tests, which run the sources). `restoreClassNames` renames that inner binding back to
// `X`: inside the class body `X` then means the class itself, as `_X` did, and outside the body `_X` is not in
// scope, so the code means the same and `X.name === 'X'`. A name is left alone when the file declares `_X`
// anywhere else with a declaration keyword (the renaming could then capture another binding); esbuild names
// inner class bindings `_X` only, and the sources never name a parameter or a destructured binding that way.

/**
 * @param {string} code - one built file
 * @returns {string} the file with every `var|let|const X = class _X` renamed to `class X`
 */
export function restoreClassNames(code) {
  let out = code;
  for (const [, outer] of code.matchAll(/\b(?:var|let|const) ([A-Za-z$][\w$]*) = class _\1\b/g)) {
    const inner = `_${outer}`;
    const escaped = inner.replace(/\$/g, '\\$');
    const declarations = out.match(new RegExp(`\\b(?:var|let|const|function|class|as)\\s+${escaped}(?![\\w$])`, 'g')) ?? [];
    if (declarations.length !== 1) continue;
    out = out.replace(new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])`, 'g'), outer);
  }
  return out;
}
